import type {
  CheckoutRequest,
  Fee,
  Payment,
  RecurringPaymentCreate,
  RecurringPaymentUpdate,
} from '../../api/money.ts';
import { readMeta, type PortalDb } from '../../data/db.ts';
import { moneyTables, type CartItem } from '../../data/money-tables.ts';
import type { OutboxEntry } from '../../data/outbox/outbox-entry.ts';
import { withWaitingEdit } from './recurring-edits.ts';

/** What the money pages read, all from the device. */

export type FeeStatusFilter = 'unpaid' | 'paid';

export async function loadFees(
  db: PortalDb,
  options: {
    studentId: number;
    schoolYearId: number | undefined;
    status: FeeStatusFilter;
    today: string;
  },
) {
  const money = moneyTables(db);
  const [fees, optional, cart] = await Promise.all([
    money.fees.where('studentId').equals(options.studentId).toArray(),
    money.optionalPayments.where('studentId').equals(options.studentId).toArray(),
    money.cart.toArray(),
  ]);
  const inYear = <T extends { schoolYearId: number }>(row: T) =>
    options.schoolYearId === undefined || row.schoolYearId === options.schoolYearId;
  return {
    fees: fees
      .filter((fee) => inYear(fee) && fee.status === options.status)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id),
    optionalPayments: optional
      .filter(
        (item) =>
          inYear(item) &&
          item.purchasedQuantity < item.maxQuantity &&
          (item.availableUntil === null || item.availableUntil >= options.today),
      )
      .sort((a, b) => a.name.localeCompare(b.name)),
    inCart: new Map(cart.map((item) => [item.id, item])),
  };
}

/** An id from the address; anything else finds nothing (instead of a failing query). */
function validId(id: number): boolean {
  return Number.isSafeInteger(id) && id > 0;
}

export async function loadFee(db: PortalDb, feeId: number) {
  if (!validId(feeId)) return { fee: undefined, cartLine: undefined };
  const money = moneyTables(db);
  const [fee, cartLine] = await Promise.all([
    money.fees.get(feeId),
    money.cart.get(`fee:${feeId}`),
  ]);
  return { fee, cartLine };
}

export async function loadFoodService(db: PortalDb, studentId: number) {
  const money = moneyTables(db);
  const account = await money.foodServiceAccounts.where('studentId').equals(studentId).first();
  const transactions = account
    ? (
        await money.foodServiceTransactions
          .where('foodServiceAccountId')
          .equals(account.id)
          .toArray()
      ).sort((a, b) => b.at.localeCompare(a.at) || b.id - a.id)
    : [];
  const cartLine = account ? await money.cart.get(`food_deposit:${account.id}`) : undefined;
  return { account, transactions, cartLine };
}

/** A checkout still in the outbox, with its request body. */
export interface QueuedCheckout {
  entry: OutboxEntry;
  body: CheckoutRequest;
}

export async function loadCart(db: PortalDb) {
  const money = moneyTables(db);
  const [items, methods, entries, refusal] = await Promise.all([
    money.cart.orderBy('addedAt').toArray(),
    money.paymentMethods.toArray(),
    db.outbox.where('kind').equals('checkout').toArray(),
    readMeta(db, 'checkoutRefusal'),
  ]);
  const removing = await pendingDeletions(db, 'payment-method.delete');
  const feeIds = items.filter((item) => item.kind === 'fee').map((item) => item.targetId);
  const fees = await money.fees.bulkGet(feeIds);
  return {
    items,
    /** What each fee in the cart still owes, as last saved (a line may ask more). */
    owed: new Map(fees.flatMap((fee) => (fee ? [[fee.id, fee.balanceCents] as const] : []))),
    paymentMethods: methods.filter((method) => !removing.has(method.id)),
    checkouts: entries
      .sort((a, b) => b.createdAt - a.createdAt)
      .map((entry) => ({ entry, body: entry.body as CheckoutRequest })),
    /** Why the last checkout was not paid (its lines are back in the cart). */
    refusal,
  };
}

/** Ids whose deletion waits in the outbox, to hide them already. */
export async function pendingDeletions(
  db: PortalDb,
  kind: 'payment-method.delete' | 'recurring-payment.delete',
): Promise<Set<number>> {
  const entries = await db.outbox.where('kind').equals(kind).toArray();
  return new Set(
    entries
      .filter((entry) => entry.state !== 'failed')
      .map((entry) => Number(/\/(\d+)$/.exec(entry.path)?.[1])),
  );
}

export async function loadPaymentMethods(db: PortalDb) {
  const [methods, removing, failed] = await Promise.all([
    moneyTables(db).paymentMethods.orderBy('id').toArray(),
    pendingDeletions(db, 'payment-method.delete'),
    db.outbox
      .where('kind')
      .equals('payment-method.delete')
      .filter((entry) => entry.state === 'failed')
      .toArray(),
  ]);
  return { methods: methods.filter((m) => !removing.has(m.id)), failed };
}

export async function loadPayments(db: PortalDb): Promise<Payment[]> {
  return moneyTables(db).payments.orderBy('createdAt').reverse().toArray();
}

export async function loadPayment(db: PortalDb, id: number) {
  if (!validId(id)) return undefined;
  return moneyTables(db).payments.get(id);
}

const idOf = (entry: OutboxEntry) => Number(/\/(\d+)$/.exec(entry.path)?.[1]);

/** A recurring payment waiting in the outbox (new, edited or deleted). */
export interface QueuedRecurring {
  entry: OutboxEntry;
  body: RecurringPaymentCreate | undefined;
}

export async function loadRecurringPayments(db: PortalDb) {
  const money = moneyTables(db);
  const [list, entries, methods, fees, accounts] = await Promise.all([
    money.recurringPayments.orderBy('id').toArray(),
    db.outbox
      .where('kind')
      .anyOf('recurring-payment.create', 'recurring-payment.update', 'recurring-payment.delete')
      .filter((entry) => entry.state !== 'sent')
      .toArray(),
    money.paymentMethods.toArray(),
    money.fees.toArray(),
    money.foodServiceAccounts.toArray(),
  ]);
  const deleting = new Set(
    entries
      .filter((e) => e.kind === 'recurring-payment.delete' && e.state !== 'failed')
      .map(idOf),
  );
  // An edit still on its way shows over the saved record (a refused one does not).
  const edits = entries
    .filter((e) => e.kind === 'recurring-payment.update' && e.state !== 'failed')
    .sort((a, b) => a.createdAt - b.createdAt);
  const shown = list.map((item) =>
    edits
      .filter((e) => idOf(e) === item.id)
      .reduce((payment, e) => withWaitingEdit(payment, e.body as RecurringPaymentUpdate), item),
  );
  return {
    recurringPayments: shown.filter((item) => !deleting.has(item.id)),
    queued: entries.map((entry) => ({
      entry,
      body:
        entry.kind === 'recurring-payment.create'
          ? (entry.body as RecurringPaymentCreate)
          : undefined,
    })),
    paymentMethods: methods,
    fees: new Map(fees.map((fee) => [fee.id, fee])),
    accounts: accounts,
  };
}

/**
 * Today's money card: the student's fees still owed, and the food service
 * balance of each of the guardian's students (lunch money is often topped
 * up for all children at once).
 */
export async function loadMoneySummary(db: PortalDb, studentId: number) {
  const money = moneyTables(db);
  const [fees, accounts] = await Promise.all([
    money.fees.where('studentId').equals(studentId).toArray(),
    money.foodServiceAccounts.toArray(),
  ]);
  const unpaid = fees
    .filter((fee) => fee.status === 'unpaid')
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  return { unpaid, accounts: accounts.sort((a, b) => a.studentId - b.studentId) };
}

export type { CartItem, Fee };
