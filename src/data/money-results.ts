import type { Payment, RecurringPayment } from '../api/money.ts';
import type { PortalDb } from './db.ts';
import { moneyTables } from './money-tables.ts';
import type { OutboxEntry } from './outbox/outbox-entry.ts';

/**
 * A money write the server took: its answer lands in the saved lists (in
 * the outbox's transaction), so the page shows the server's record at once.
 */
export function moneyResultTables(db: PortalDb) {
  const money = moneyTables(db);
  return [money.payments, money.paymentMethods, money.recurringPayments, money.cart];
}

const idInPath = /\/(\d+)$/;

export async function applyMoneyResult(
  db: PortalDb,
  entry: OutboxEntry,
  result: unknown,
): Promise<void> {
  const money = moneyTables(db);
  const id = Number(idInPath.exec(entry.path)?.[1]);
  switch (entry.kind) {
    case 'checkout':
      if (isRecord(result) && typeof result.id === 'number' && Array.isArray(result.lines)) {
        await money.payments.put(result as Payment);
      }
      break;
    case 'payment-method.delete':
      if (id) await money.paymentMethods.delete(id);
      break;
    case 'recurring-payment.create':
    case 'recurring-payment.update':
      if (isRecord(result) && typeof result.id === 'number' && 'frequency' in result) {
        await money.recurringPayments.put(result as RecurringPayment);
      }
      break;
    case 'recurring-payment.delete':
      if (id) await money.recurringPayments.delete(id);
      break;
    default:
      break;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
