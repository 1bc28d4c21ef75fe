import type { Generated } from 'kysely';

/**
 * The money tables (migration 0004-money), merged into schema.ts's
 * Database. Amounts are whole cents; a ledger entry is signed from the
 * account's side (a purchase is negative).
 */

type Id = Generated<number>;

export type PaymentStatus = 'pending' | 'succeeded' | 'declined' | 'failed' | 'refunded';
export type LedgerKind =
  | 'fee_payment'
  | 'food_deposit'
  | 'food_purchase'
  | 'food_adjustment'
  | 'food_refund'
  | 'optional_payment';
export type OrderLineKind = 'fee' | 'food_deposit' | 'optional_payment';
export type RecurringFrequency = 'weekly' | 'semi_monthly' | 'monthly' | 'low_balance';

export interface FeeTable {
  id: Id;
  districtId: number;
  studentId: number;
  schoolYearId: number;
  type: string;
  description: string;
  amountCents: number;
  dueDate: string;
  optional: Generated<number>;
  assignedAt: string;
}

export interface FoodServiceAccountTable {
  id: Id;
  districtId: number;
  studentId: number;
  createdAt: string;
}

export interface OptionalPaymentTable {
  id: Id;
  districtId: number;
  schoolId: number | null;
  schoolYearId: number;
  kind: 'yearbook' | 'field_trip' | 'school_store' | 'activity_registration';
  name: string;
  description: Generated<string>;
  amountCents: number;
  availableUntil: string | null;
  maxQuantity: Generated<number>;
  createdAt: string;
}

export interface PaymentMethodTable {
  id: Id;
  accountId: number;
  processor: string;
  token: string;
  kind: 'card' | 'bank';
  brand: string | null;
  lastFour: string;
  expiryMonth: number | null;
  expiryYear: number | null;
  accountType: 'checking' | 'savings' | null;
  nickname: string | null;
  createdAt: string;
  removedAt: string | null;
}

export interface RecurringPaymentTable {
  id: Id;
  districtId: number;
  studentId: number;
  targetKind: 'fee' | 'food_service_account';
  feeId: number | null;
  foodServiceAccountId: number | null;
  frequency: RecurringFrequency;
  startDate: string;
  endDate: string | null;
  amountCents: number;
  lowBalanceCents: number | null;
  paymentMethodId: number;
  receiptEmail: string;
  createdByAccountId: number;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
  endedReason: string | null;
}

export interface OrderTable {
  id: Id;
  districtId: number;
  accountId: number;
  guardianId: number;
  source: 'checkout' | 'recurring';
  recurringPaymentId: number | null;
  totalCents: number;
  receiptEmail: string;
  createdAt: string;
}

export interface OrderLineTable {
  id: Id;
  orderId: number;
  kind: OrderLineKind;
  studentId: number;
  feeId: number | null;
  foodServiceAccountId: number | null;
  optionalPaymentId: number | null;
  quantity: Generated<number>;
  description: string;
  amountCents: number;
}

export interface PaymentTable {
  id: Id;
  orderId: number;
  paymentMethodId: number;
  amountCents: number;
  status: PaymentStatus;
  processorKey: string;
  processorChargeId: string | null;
  failureCode: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ReceiptTable {
  id: Id;
  paymentId: number;
  number: string;
  email: string;
  issuedAt: string;
  /** When its email went to the mail server; NULL until then (migration 0007). */
  emailedAt: string | null;
}

export interface RecurringPaymentRunTable {
  id: Id;
  recurringPaymentId: number;
  runDate: string;
  amountCents: number;
  paymentId: number | null;
  createdAt: string;
}

export interface LedgerEntryTable {
  id: Id;
  districtId: number;
  studentId: number;
  kind: LedgerKind;
  feeId: number | null;
  foodServiceAccountId: number | null;
  optionalPaymentId: number | null;
  paymentId: number | null;
  quantity: Generated<number>;
  amountCents: number;
  description: string;
  at: string;
}

declare module './schema.ts' {
  interface AccountTable {
    /** Food service balance alerts below this; $5.00 until the guardian changes it. */
    lowBalanceThresholdCents: Generated<number>;
  }
  interface Database {
    fee: FeeTable;
    foodServiceAccount: FoodServiceAccountTable;
    optionalPayment: OptionalPaymentTable;
    paymentMethod: PaymentMethodTable;
    recurringPayment: RecurringPaymentTable;
    order: OrderTable;
    orderLine: OrderLineTable;
    payment: PaymentTable;
    receipt: ReceiptTable;
    recurringPaymentRun: RecurringPaymentRunTable;
    ledgerEntry: LedgerEntryTable;
  }
}
