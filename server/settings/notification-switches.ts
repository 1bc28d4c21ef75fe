import type { PortalDb } from '../db/database.ts';

/**
 * The guardians (of those given) who turned a kind off: notify() files
 * nothing for them, and so pushes nothing.
 */
export async function guardiansWithKindOff(
  db: PortalDb,
  kinds: readonly string[],
  guardianIds: readonly number[],
): Promise<Set<string>> {
  if (kinds.length === 0 || guardianIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('notificationSetting as n')
    .innerJoin('account as a', 'a.id', 'n.accountId')
    .select(['a.guardianId', 'n.kind'])
    .where('n.enabled', '=', 0)
    .where('n.kind', 'in', [...kinds])
    .where('a.guardianId', 'in', [...guardianIds])
    .execute();
  return new Set(rows.map((row) => `${row.guardianId}:${row.kind}`));
}
