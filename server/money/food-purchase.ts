import type { PortalDb } from '../db/database.ts';
import type { PushOptions } from '../push/send.ts';
import { foodBalanceCents } from './balances.ts';
import { immediateTransaction } from './immediate.ts';
import { alertLowBalance } from './low-balance.ts';

/** A student's food service account, made on first use. */
export async function ensureFoodAccount(
  db: PortalDb,
  studentId: number,
  now: Date,
): Promise<number> {
  const existing = await db
    .selectFrom('foodServiceAccount')
    .select('id')
    .where('studentId', '=', studentId)
    .executeTakeFirst();
  if (existing) return existing.id;
  const student = await db
    .selectFrom('student')
    .select('districtId')
    .where('id', '=', studentId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('foodServiceAccount')
    .values({ districtId: student.districtId, studentId, createdAt: now.toISOString() })
    .executeTakeFirstOrThrow();
  return Number(row.insertId);
}

export interface FoodEntry {
  studentId: number;
  /** Positive cents: a purchase takes this much from the balance. */
  amountCents: number;
  description: string;
  at: Date;
  kind?: 'food_purchase' | 'food_deposit' | 'food_adjustment';
}

/**
 * Records a purchase at the register (or a cash deposit / adjustment) in
 * the ledger. The balance may go below zero, as school cafeterias allow
 * a meal on credit. Guardians whose threshold the balance just crossed
 * get a low-balance notification.
 */
export async function recordFoodEntry(
  db: PortalDb,
  entry: FoodEntry,
  options: { push: Omit<PushOptions, 'now'> | false; alert?: boolean },
): Promise<{ foodServiceAccountId: number; before: number; after: number }> {
  const accountId = await ensureFoodAccount(db, entry.studentId, entry.at);
  const kind = entry.kind ?? 'food_purchase';
  const signed = kind === 'food_purchase' ? -entry.amountCents : entry.amountCents;
  const change = await immediateTransaction(db, async (trx) => {
    const before = await foodBalanceCents(trx, accountId);
    const account = await trx
      .selectFrom('foodServiceAccount')
      .select('districtId')
      .where('id', '=', accountId)
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('ledgerEntry')
      .values({
        districtId: account.districtId,
        studentId: entry.studentId,
        kind,
        feeId: null,
        foodServiceAccountId: accountId,
        optionalPaymentId: null,
        paymentId: null,
        amountCents: signed,
        description: entry.description,
        at: entry.at.toISOString(),
      })
      .execute();
    return { foodServiceAccountId: accountId, before, after: before + signed };
  });
  if (options.alert !== false) {
    await alertLowBalance(db, change, { now: entry.at, push: options.push });
  }
  return change;
}
