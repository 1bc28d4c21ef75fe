import type {
  CheckoutRequest,
  PaymentMethod,
  PaymentMethodCreate,
  RecurringPaymentCreate,
  RecurringPaymentUpdate,
} from '../../api/money.ts';
import { cartTables, putLinesInCart } from '../../data/checkout-refusal.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { moneyTables } from '../../data/money-tables.ts';
import { nudgeOutbox, submitWrite } from '../../data/outbox/outbox-runner.ts';
import { strictDb } from '../../data/outbox/outbox-store.ts';
import { cartItems, checkoutLines } from './cart-store.ts';

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
  const queued = await strict.transaction('rw', strict.outbox, strict.meta, cart, async () => {
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
    // A refusal of the checkout before is answered by this one.
    await strict.meta.delete('checkoutRefusal');
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
 * A refused checkout the outbox kept (a fee paid meanwhile, say; a
 * declined card comes back by itself) goes back to the cart as it was,
 * for the guardian to change; the refused entry goes.
 */
export async function restoreToCart(db: PortalDb, key: string): Promise<void> {
  await db.transaction('rw', [db.outbox, ...cartTables(db)], async () => {
    const entry = await db.outbox.get(key);
    if (!entry || entry.state !== 'failed') return;
    await putLinesInCart(db, entry.body as CheckoutRequest, Date.now());
    await db.outbox.delete(key);
  });
}

/** The guardian read why the last checkout was not paid. */
export async function dismissCheckoutRefusal(db: PortalDb): Promise<void> {
  await db.meta.delete('checkoutRefusal');
}
