import type { PortalDb } from '../db/database.ts';
import type { MoneyTrx } from './immediate.ts';

type Db = PortalDb | MoneyTrx;

/** Paid on a fee: the sum of its ledger entries. */
export async function feePaidCents(db: Db, feeId: number): Promise<number> {
  const row = await db
    .selectFrom('ledgerEntry')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountCents'), eb.lit(0)).as('paid'))
    .where('feeId', '=', feeId)
    .executeTakeFirstOrThrow();
  return Number(row.paid);
}

/**
 * Held by payments still at the processor: counted as paid while they
 * run, so a second checkout cannot pay the same cents meanwhile.
 */
export async function feePendingCents(db: Db, feeId: number): Promise<number> {
  const row = await db
    .selectFrom('orderLine as l')
    .innerJoin('payment as p', 'p.orderId', 'l.orderId')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('l.amountCents'), eb.lit(0)).as('held'))
    .where('l.feeId', '=', feeId)
    .where('p.status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(row.held);
}

/** What may still be paid on a fee now: amount - paid - held. */
export async function feeOwedCents(db: Db, fee: { id: number; amountCents: number }) {
  const paid = await feePaidCents(db, fee.id);
  const held = await feePendingCents(db, fee.id);
  return Math.max(0, fee.amountCents - paid - held);
}

export async function foodBalanceCents(db: Db, foodServiceAccountId: number): Promise<number> {
  const row = await db
    .selectFrom('ledgerEntry')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amountCents'), eb.lit(0)).as('balance'))
    .where('foodServiceAccountId', '=', foodServiceAccountId)
    .executeTakeFirstOrThrow();
  return Number(row.balance);
}

/** Bought (and being bought) of an optional payment for one student. */
export async function optionalQuantity(
  db: Db,
  optionalPaymentId: number,
  studentId: number,
): Promise<number> {
  const bought = await db
    .selectFrom('ledgerEntry')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('quantity'), eb.lit(0)).as('n'))
    .where('optionalPaymentId', '=', optionalPaymentId)
    .where('studentId', '=', studentId)
    .executeTakeFirstOrThrow();
  const held = await db
    .selectFrom('orderLine as l')
    .innerJoin('payment as p', 'p.orderId', 'l.orderId')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('l.quantity'), eb.lit(0)).as('n'))
    .where('l.optionalPaymentId', '=', optionalPaymentId)
    .where('l.studentId', '=', studentId)
    .where('p.status', '=', 'pending')
    .executeTakeFirstOrThrow();
  return Number(bought.n) + Number(held.n);
}
