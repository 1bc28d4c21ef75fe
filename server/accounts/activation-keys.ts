import { randomUUID } from 'node:crypto';
import type { PortalDb } from '../db/database.ts';

export type ActivationKeyResult =
  | { ok: true; key: string; guardianId: number; districtSourceId: string }
  | { ok: false; message: string };

/**
 * Makes a single-use activation key for the guardian that the source system
 * (the SIS) knows by `guardianSourceId`; for Ed-Fi that is the
 * ContactUniqueId. `districtSourceId` picks the district when several hold
 * that id.
 */
export async function createActivationKey(
  db: PortalDb,
  guardianSourceId: string,
  districtSourceId: string | undefined,
  now: Date,
): Promise<ActivationKeyResult> {
  let query = db
    .selectFrom('guardian')
    .innerJoin('district', 'district.id', 'guardian.districtId')
    .select([
      'guardian.id',
      'guardian.districtId',
      'district.sourceId as districtSourceId',
      'district.name as districtName',
    ])
    .where('guardian.sourceId', '=', guardianSourceId);
  if (districtSourceId !== undefined) {
    query = query.where('district.sourceId', '=', districtSourceId);
  }
  const guardians = await query.execute();

  const [guardian, ...others] = guardians;
  if (!guardian) {
    const where = districtSourceId ? ` in district ${districtSourceId}` : '';
    return {
      ok: false,
      message: `No guardian with the id "${guardianSourceId}"${where}.`,
    };
  }
  if (others.length > 0) {
    const districts = guardians
      .map((g) => `${g.districtSourceId} (${g.districtName})`)
      .join(', ');
    return {
      ok: false,
      message:
        `Several districts have a guardian "${guardianSourceId}": ` +
        `${districts}. Say which with --district <source id>.`,
    };
  }

  const key = randomUUID();
  await db
    .insertInto('activationKey')
    .values({
      key,
      districtId: guardian.districtId,
      guardianId: guardian.id,
      createdAt: now.toISOString(),
    })
    .execute();
  return {
    ok: true,
    key,
    guardianId: guardian.id,
    districtSourceId: guardian.districtSourceId,
  };
}
