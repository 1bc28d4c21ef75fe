import type { Table } from 'dexie';
import type {
  CheckoutLine,
  Fee,
  FoodServiceAccount,
  FoodServiceTransaction,
  OptionalPayment,
  Payment,
  PaymentMethod,
  RecurringPayment,
} from '../api/money.ts';
import type { PortalDb } from './db.ts';

/**
 * The money stores of schema version 3, typed. Reached through this one
 * accessor so the money code stays out of the shared PortalDb type.
 */
export interface MoneyTables {
  fees: Table<Fee, number>;
  foodServiceAccounts: Table<FoodServiceAccount, number>;
  foodServiceTransactions: Table<FoodServiceTransaction, number>;
  optionalPayments: Table<OptionalPayment, number>;
  paymentMethods: Table<PaymentMethod, number>;
  recurringPayments: Table<RecurringPayment, number>;
  payments: Table<Payment, number>;
  cart: Table<CartItem, string>;
}

export type CartItemKind = CheckoutLine['kind'];

/** A line of the cart (see pages/money/cart-store.ts). */
export interface CartItem {
  /** `<kind>:<target id>`: the same target is one line. */
  id: string;
  kind: CartItemKind;
  /** The fee's, the food service account's or the optional payment's id. */
  targetId: number;
  /** The student it is for. */
  studentId: number;
  /** What the guardian sees on the line (the fee's or the item's name). */
  description: string;
  /** The line's total (an optional payment: its price times the quantity). */
  amountCents: number;
  /** Optional payments only; 1 otherwise. */
  quantity: number;
  /** Device clock, ms: lines in the order they were added. */
  addedAt: number;
}

/** A line's id: the same target is one line (an optional payment: per student). */
export function cartItemId(kind: CartItemKind, targetId: number, studentId: number): string {
  return kind === 'optional_payment' ? `${kind}:${targetId}:${studentId}` : `${kind}:${targetId}`;
}

const cache = new WeakMap<PortalDb, MoneyTables>();

export function moneyTables(db: PortalDb): MoneyTables {
  let tables = cache.get(db);
  if (!tables) {
    tables = {
      fees: db.table('fees'),
      foodServiceAccounts: db.table('foodServiceAccounts'),
      foodServiceTransactions: db.table('foodServiceTransactions'),
      optionalPayments: db.table('optionalPayments'),
      paymentMethods: db.table('paymentMethods'),
      recurringPayments: db.table('recurringPayments'),
      payments: db.table('payments'),
      cart: db.table('cart'),
    };
    cache.set(db, tables);
  }
  return tables;
}
