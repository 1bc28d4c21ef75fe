import type { FoodServiceAccount, FoodServiceTransaction } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';
import { linkedStudentIds } from './linked-students.ts';
import { lowBalanceThreshold } from './low-balance.ts';

/** Each linked student's food service account with its balance. */
export async function guardianFoodAccounts(
  db: PortalDb,
  guardianId: number,
): Promise<{ foodServiceAccounts: FoodServiceAccount[]; lowBalanceThresholdCents: number }> {
  const threshold = await lowBalanceThreshold(db, guardianId);
  const studentIds = await linkedStudentIds(db, guardianId);
  if (studentIds.length === 0) {
    return { foodServiceAccounts: [], lowBalanceThresholdCents: threshold };
  }
  const rows = await db
    .selectFrom('foodServiceAccount as a')
    .leftJoin('ledgerEntry as e', 'e.foodServiceAccountId', 'a.id')
    .select((eb) => [
      'a.id',
      'a.studentId',
      eb.fn.coalesce(eb.fn.sum<number>('e.amountCents'), eb.lit(0)).as('balance'),
      eb.fn.max('e.at').as('updatedAt'),
    ])
    .where('a.studentId', 'in', studentIds)
    .groupBy(['a.id', 'a.studentId'])
    .orderBy('a.id')
    .execute();
  return {
    lowBalanceThresholdCents: threshold,
    foodServiceAccounts: rows.map((row) => ({
      id: row.id,
      studentId: row.studentId,
      balanceCents: Number(row.balance),
      lowBalance: Number(row.balance) < threshold,
      updatedAt: row.updatedAt ?? null,
    })),
  };
}

/**
 * An account's ledger with the balance after each entry, newest first.
 * The balances run in time order (then id), the order the list is shown
 * in, since entries are not always recorded in time order (the demo
 * enters a day's lunch before its breakfast); the newest line's balance
 * is then the account's.
 */
export async function foodTransactions(
  db: PortalDb,
  guardianId: number,
  foodServiceAccountId: number,
): Promise<FoodServiceTransaction[] | null> {
  const studentIds = await linkedStudentIds(db, guardianId);
  const account = await db
    .selectFrom('foodServiceAccount')
    .select('id')
    .where('id', '=', foodServiceAccountId)
    .where('studentId', 'in', studentIds.length ? studentIds : [0])
    .executeTakeFirst();
  if (!account) return null;
  const entries = await db
    .selectFrom('ledgerEntry')
    .select(['id', 'kind', 'amountCents', 'description', 'paymentId', 'at'])
    .where('foodServiceAccountId', '=', account.id)
    .orderBy('at')
    .orderBy('id')
    .execute();
  let balance = 0;
  const answer: FoodServiceTransaction[] = [];
  for (const entry of entries) {
    balance += entry.amountCents;
    answer.push({
      id: entry.id,
      foodServiceAccountId: account.id,
      kind:
        entry.kind === 'food_purchase'
          ? 'purchase'
          : entry.kind === 'food_refund'
            ? 'refund'
            : entry.kind === 'food_adjustment'
              ? 'adjustment'
              : 'deposit',
      amountCents: entry.amountCents,
      balanceAfterCents: balance,
      description: entry.description,
      paymentId: entry.paymentId,
      at: entry.at,
    });
  }
  return answer.reverse();
}
