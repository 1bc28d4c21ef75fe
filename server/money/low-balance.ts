import { defaultLowBalanceThresholdCents } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';
import { notify } from '../notifications/create.ts';
import type { PushOptions } from '../push/send.ts';

/**
 * The guardian's low food service balance threshold ($5.00 until they
 * change it), kept on their account; the Settings page shows it too.
 */
export async function lowBalanceThreshold(db: PortalDb, guardianId: number): Promise<number> {
  const row = await db
    .selectFrom('account')
    .select('lowBalanceThresholdCents')
    .where('guardianId', '=', guardianId)
    .executeTakeFirst();
  return row?.lowBalanceThresholdCents ?? defaultLowBalanceThresholdCents;
}

export async function setLowBalanceThreshold(
  db: PortalDb,
  accountId: number,
  thresholdCents: number,
): Promise<number> {
  await db
    .updateTable('account')
    .set({ lowBalanceThresholdCents: thresholdCents })
    .where('id', '=', accountId)
    .execute();
  return thresholdCents;
}

/**
 * A balance that went from at or above a guardian's threshold to below it
 * raises one notification for that guardian: the crossing, not every
 * purchase made while low.
 */
export async function alertLowBalance(
  db: PortalDb,
  change: { foodServiceAccountId: number; before: number; after: number },
  options: { now: Date; push: Omit<PushOptions, 'now'> | false },
): Promise<number> {
  if (change.after >= change.before) return 0;
  const guardians = await db
    .selectFrom('foodServiceAccount as f')
    .innerJoin('student as s', 's.id', 'f.studentId')
    .innerJoin('guardianStudent as gs', 'gs.studentId', 'f.studentId')
    .innerJoin('account as a', 'a.guardianId', 'gs.guardianId')
    .select([
      'gs.guardianId', 'a.lowBalanceThresholdCents', 'f.studentId', 's.firstName', 's.preferredName',
    ])
    .where('f.id', '=', change.foodServiceAccountId)
    .where('gs.portalAccess', '=', 1)
    .execute();
  const crossed = guardians.filter(
    (g) => change.before >= g.lowBalanceThresholdCents && change.after < g.lowBalanceThresholdCents,
  );
  await notify(
    db,
    crossed.map((g) => ({
      guardianId: g.guardianId,
      kind: 'low_food_balance' as const,
      params: {
        student: g.preferredName ?? g.firstName,
        foodServiceAccountId: change.foodServiceAccountId,
        balanceCents: change.after,
        thresholdCents: g.lowBalanceThresholdCents,
      },
      link: `/students/${g.studentId}/food-service`,
    })),
    options,
  );
  return crossed.length;
}
