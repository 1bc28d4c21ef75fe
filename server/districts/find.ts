import type { PortalDb } from '../db/database.ts';
import { defaultDistrictSetting } from './directory.ts';
import { assignMissingSlugs } from './slugs.ts';

export type FoundDistrict =
  | { ok: true; id: number; name: string; slug: string; portalAddress: string | null }
  | { ok: false; message: string };

/**
 * The district an admin command names with --district: its source id (as
 * the SIS gives it) or its slug; without one, the only district or the
 * server's default.
 */
export async function findDistrict(db: PortalDb, asked: string | undefined): Promise<FoundDistrict> {
  await assignMissingSlugs(db);
  const districts = await db
    .selectFrom('district')
    .select(['id', 'sourceId', 'slug', 'name', 'portalAddress'])
    .orderBy('id')
    .execute();
  let found;
  if (asked !== undefined) {
    found = districts.find((d) => d.sourceId === asked || d.slug === asked);
    if (!found) return { ok: false, message: `No district with id or slug "${asked}".` };
  } else if (districts.length === 1) {
    found = districts[0];
  } else {
    const setting = await db
      .selectFrom('serverSetting')
      .select('value')
      .where('name', '=', defaultDistrictSetting)
      .executeTakeFirst();
    found = districts.find((d) => String(d.id) === setting?.value);
  }
  if (!found) {
    return {
      ok: false,
      message:
        districts.length === 0
          ? 'The database holds no district yet.'
          : 'This server holds several districts: name one with --district ID.',
    };
  }
  return {
    ok: true,
    id: found.id,
    name: found.name,
    slug: found.slug ?? String(found.id),
    portalAddress: found.portalAddress,
  };
}
