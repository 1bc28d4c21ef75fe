import type {
  CheckoutRequest,
  PaymentMethod,
  PaymentMethodCreate,
  RecurringPaymentCreate,
  RecurringPaymentUpdate,
} from '../../api/money.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { moneyTables } from '../../data/money-tables.ts';
import { nudgeOutbox, submitWrite } from '../../data/outbox/outbox-runner.ts';
import { strictDb } from '../../data/outbox/outbox-store.ts';
import { cartItemId, cartItems, checkoutLines } from './cart-store.ts';

/**
 * The money writes. Checkout and the recurring payments go through the
 * outbox (they wait offline and go once, by their idempotency key).
 * Adding a payment method does not: its card or account number must never
 * be stored on the device, so it is sent straight to the server, online
 * only, and only the server's answer (brand, last four, expiry) is kept.
 */
const api = '/api/v1';

/**
 * Moves the cart into one checkout in the outbox and empties the cart, in
 * one transaction: the lines are then "not yet paid" until the server
 * answers, and never in the cart and the outbox at once.
 */
export async function checkOut(
  db: PortalDb,
  choice: { paymentMethodId: number; receiptEmail: string },
): Promise<string | undefined> {
  const strict = strictDb(db);
  const { cart } = moneyTables(strict);
  const key = crypto.randomUUID();
  const queued = await strict.transaction('rw', strict.outbox, cart, async () => {
    const items = await cartItems(strict);
    if (items.length === 0) return false;
    const body: CheckoutRequest = { ...choice, lines: checkoutLines(items) };
    const now = Date.now();
    await strict.outbox.add({
      key,
      kind: 'checkout',
      method: 'POST',
      path: `${api}/checkout`,
      body,
      createdAt: now,
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: now,
    });
    await cart.clear();
    return true;
  });
  if (!queued) return undefined;
  // The runner sends it at once when the network is there.
  nudgeOutbox();
  return key;
}

/**
 * Sends card or bank details to the server's tokenizer and keeps the
 * answer. The details live only in this call's memory: no outbox, no log.
 */
export async function addPaymentMethod(
  db: PortalDb,
  details: PaymentMethodCreate,
): Promise<PaymentMethod> {
  const method = (await apiRequest('POST', `${api}/payment-methods`, {
    body: details,
    idempotencyKey: crypto.randomUUID(),
  })) as PaymentMethod;
  await moneyTables(db).paymentMethods.put(method);
  return method;
}

export function removePaymentMethod(db: PortalDb, id: number): Promise<string> {
  return submitWrite(db, {
    kind: 'payment-method.delete',
    method: 'DELETE',
    path: `${api}/payment-methods/${id}`,
    body: undefined,
  });
}

export function createRecurringPayment(db: PortalDb, body: RecurringPaymentCreate) {
  return submitWrite(db, {
    kind: 'recurring-payment.create',
    method: 'POST',
    path: `${api}/recurring-payments`,
    body,
  });
}

export function updateRecurringPayment(db: PortalDb, id: number, body: RecurringPaymentUpdate) {
  return submitWrite(db, {
    kind: 'recurring-payment.update',
    method: 'PATCH',
    path: `${api}/recurring-payments/${id}`,
    body,
  });
}

export function deleteRecurringPayment(db: PortalDb, id: number) {
  return submitWrite(db, {
    kind: 'recurring-payment.delete',
    method: 'DELETE',
    path: `${api}/recurring-payments/${id}`,
    body: undefined,
  });
}

/**
 * A refused checkout (declined, say) goes back to the cart as it was, so
 * the guardian can pay it with another method; the refused entry goes.
 */
export async function restoreToCart(db: PortalDb, key: string): Promise<void> {
  const money = moneyTables(db);
  const tables = [
    db.outbox,
    money.cart,
    money.fees,
    money.optionalPayments,
    money.foodServiceAccounts,
  ];
  await db.transaction('rw', tables, async () => {
    const entry = await db.outbox.get(key);
    if (!entry || entry.state !== 'failed') return;
    const body = entry.body as CheckoutRequest;
    const now = Date.now();
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
    await db.outbox.delete(key);
  });
}
