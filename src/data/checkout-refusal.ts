import type { CheckoutRequest } from '../api/money.ts';
import { writeMeta, type PortalDb } from './db.ts';
import { cartItemId, moneyTables } from './money-tables.ts';
import type { OutboxEntry, OutboxFailure } from './outbox/outbox-entry.ts';

/**
 * A checkout the processor refused (declined, insufficient funds, an
 * expired card: the server's 402). Nothing was paid and the lines were
 * fine, only the payment method was not: they go back in the cart at
 * once, ready to pay with another method, and the reason stays on the
 * device for the cart to say. Other refusals (a fee paid meanwhile, say)
 * stay in the outbox, where the person decides.
 */
export function isPaymentRefusal(entry: OutboxEntry, failure: OutboxFailure): boolean {
  return entry.kind === 'checkout' && failure.status === 402;
}

/** Lines back in the cart and the checkout out of the outbox, in one transaction. */
export async function returnRefusedCheckout(
  db: PortalDb,
  entry: OutboxEntry,
  failure: OutboxFailure,
  now: number,
): Promise<void> {
  await db.transaction('rw', [db.outbox, db.meta, ...cartTables(db)], async () => {
    if (!(await db.outbox.get(entry.key))) return;
    await putLinesInCart(db, entry.body as CheckoutRequest, now);
    await db.outbox.delete(entry.key);
    await writeMeta(db, 'checkoutRefusal', { failure, at: now });
  });
}

/** What putLinesInCart reads and writes, for the caller's transaction. */
export function cartTables(db: PortalDb) {
  const money = moneyTables(db);
  return [money.cart, money.fees, money.optionalPayments, money.foodServiceAccounts];
}

/** A checkout's lines as cart lines again, named from the saved lists. */
export async function putLinesInCart(
  db: PortalDb,
  body: CheckoutRequest,
  now: number,
): Promise<void> {
  const money = moneyTables(db);
  for (const [index, line] of body.lines.entries()) {
    const addedAt = now + index;
    if (line.kind === 'fee') {
      const fee = await money.fees.get(line.feeId);
      await money.cart.put({
        id: cartItemId('fee', line.feeId, 0),
        kind: 'fee',
        targetId: line.feeId,
        studentId: fee?.studentId ?? 0,
        description: fee?.description ?? '',
        amountCents: line.amountCents,
        quantity: 1,
        addedAt,
      });
    } else if (line.kind === 'food_deposit') {
      const account = await money.foodServiceAccounts.get(line.foodServiceAccountId);
      await money.cart.put({
        id: cartItemId('food_deposit', line.foodServiceAccountId, 0),
        kind: 'food_deposit',
        targetId: line.foodServiceAccountId,
        studentId: account?.studentId ?? 0,
        description: '',
        amountCents: line.amountCents,
        quantity: 1,
        addedAt,
      });
    } else {
      const item = await money.optionalPayments.get(line.optionalPaymentId);
      await money.cart.put({
        id: cartItemId('optional_payment', line.optionalPaymentId, line.studentId),
        kind: 'optional_payment',
        targetId: line.optionalPaymentId,
        studentId: line.studentId,
        description: item?.name ?? '',
        amountCents: (item?.amountCents ?? 0) * line.quantity,
        quantity: line.quantity,
        addedAt,
      });
    }
  }
}
