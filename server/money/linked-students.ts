import type { PortalDb } from '../db/database.ts';
import type { MoneyTrx } from './immediate.ts';

/**
 * The students a guardian may see and pay for (linked, with portal
 * access): every money read and write is limited to these, and anything
 * else is answered as if it did not exist (404).
 */
export async function linkedStudentIds(
  db: PortalDb | MoneyTrx,
  guardianId: number,
): Promise<number[]> {
  const rows = await db
    .selectFrom('guardianStudent')
    .select('studentId')
    .where('guardianId', '=', guardianId)
    .where('portalAccess', '=', 1)
    .execute();
  return rows.map((row) => row.studentId);
}
