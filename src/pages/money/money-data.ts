import type { Table } from 'dexie';
import type {
  Fee,
  FoodServiceAccount,
  FoodServiceTransaction,
  OptionalPayment,
  Payment,
  PaymentMethod,
  RecurringPayment,
} from '../../api/money.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { applyMoneyResult, moneyResultTables } from '../../data/money-results.ts';
import { moneyTables } from '../../data/money-tables.ts';

/**
 * Money on the device: the money routes are not in the delta sync, so each
 * refresh moment (the app opening, a money page opening, Refresh) asks
 * them and replaces the saved copies; every money page then reads only
 * the device, online or not. A route that fails leaves its copy as it was.
 */
type Lists = {
  fees: Fee[];
  foodServiceAccounts: FoodServiceAccount[];
  foodServiceTransactions: FoodServiceTransaction[];
  optionalPayments: OptionalPayment[];
  paymentMethods: PaymentMethod[];
  recurringPayments: RecurringPayment[];
  payments: Payment[];
};

const api = '/api/v1';

async function get<T>(path: string, key: string, signal?: AbortSignal): Promise<T[]> {
  const answer = (await apiRequest('GET', `${api}${path}`, { signal })) as Record<string, unknown>;
  const list = answer?.[key];
  return Array.isArray(list) ? (list as T[]) : [];
}

async function foodServiceLists(signal?: AbortSignal) {
  const accounts = await get<FoodServiceAccount>(
    '/food-service-accounts',
    'foodServiceAccounts',
    signal,
  );
  const transactions = await Promise.all(
    accounts.map((account) =>
      get<FoodServiceTransaction>(
        `/food-service-accounts/${account.id}/transactions`,
        'transactions',
        signal,
      ),
    ),
  );
  return { accounts, transactions: transactions.flat() };
}

/** Fetches every money list and saves those that arrived. */
export async function refreshMoney(db: PortalDb, signal?: AbortSignal): Promise<void> {
  const asked = Date.now();
  const [fees, food, optional, methods, recurring, payments] = await Promise.allSettled([
    get<Fee>('/fees', 'fees', signal),
    foodServiceLists(signal),
    get<OptionalPayment>('/optional-payments', 'optionalPayments', signal),
    get<PaymentMethod>('/payment-methods', 'paymentMethods', signal),
    get<RecurringPayment>('/recurring-payments', 'recurringPayments', signal),
    get<Payment>('/payments', 'payments', signal),
  ]);
  const lists: Partial<Lists> = {};
  if (fees.status === 'fulfilled') lists.fees = fees.value;
  if (food.status === 'fulfilled') {
    lists.foodServiceAccounts = food.value.accounts;
    lists.foodServiceTransactions = food.value.transactions;
  }
  if (optional.status === 'fulfilled') lists.optionalPayments = optional.value;
  if (methods.status === 'fulfilled') lists.paymentMethods = methods.value;
  if (recurring.status === 'fulfilled') lists.recurringPayments = recurring.value;
  if (payments.status === 'fulfilled') lists.payments = payments.value;
  await saveLists(db, lists, asked);

  const failure = [fees, food, optional, methods, recurring, payments].find(
    (answer) => answer.status === 'rejected',
  );
  if (failure?.status === 'rejected') throw failure.reason;
}

/**
 * Replaces the saved lists with those that arrived. A write the outbox
 * sent while they were on their way (an edited recurring payment, say)
 * may be missing from them, as the server can have answered the lists
 * first: its answer is laid on them again, or the stale lists would
 * undo it until the next refresh.
 */
async function saveLists(db: PortalDb, lists: Partial<Lists>, asked: number): Promise<void> {
  const money = moneyTables(db);
  const tables = (Object.keys(lists) as (keyof Lists)[]).map((name) => money[name]);
  if (tables.length === 0) return;
  const written = new Set([...tables, ...moneyResultTables(db), db.outbox]);
  await db.transaction('rw', [...written], async () => {
    await replace(money.fees, lists.fees);
    await replace(money.foodServiceAccounts, lists.foodServiceAccounts);
    await replace(money.foodServiceTransactions, lists.foodServiceTransactions);
    await replace(money.optionalPayments, lists.optionalPayments);
    await replace(money.paymentMethods, lists.paymentMethods);
    await replace(money.recurringPayments, lists.recurringPayments);
    await replace(money.payments, lists.payments);
    const sentMeanwhile = await db.outbox
      .where('state')
      .equals('sent')
      .filter((entry) => (entry.sentAt ?? 0) >= asked)
      .sortBy('sentAt');
    for (const entry of sentMeanwhile) await applyMoneyResult(db, entry, entry.result);
  });
}

async function replace<T, K>(table: Table<T, K>, rows: T[] | undefined): Promise<void> {
  if (!rows) return;
  await table.clear();
  await table.bulkPut(rows);
}
