import { Type, type Static } from 'typebox';

/**
 * Money: fees, food service accounts, optional payments, payment methods,
 * checkout, payment history with receipts, recurring payments and the
 * low-balance threshold. Every amount is whole cents (an integer); nothing
 * is rounded away. Dates are `YYYY-MM-DD` in the district's time zone,
 * instants ISO UTC. All routes are under /api/v1, for a signed-in
 * guardian; a student (or a fee, account, payment...) not linked to them
 * is answered 404. Every POST, PUT, PATCH and DELETE needs an
 * Idempotency-Key header (the app's outbox sends one).
 *
 * GET    /fees                        the guardian's students' fees with applied payments
 *                                     (?status=unpaid|paid, ?schoolYearId, ?studentId)
 * GET    /fees/:id                    one fee with its applied payments
 * GET    /food-service-accounts       each linked student's account and balance
 * GET    /food-service-accounts/:id/transactions   its ledger, newest first
 * GET    /optional-payments           yearbook, field trip, school store, activity
 *                                     registration offered to each linked student
 * GET    /payment-methods             the signed-in account's cards and bank accounts
 * POST   /payment-methods             tokenizes card or bank details, keeps only the token,
 *                                     brand, last four and expiry (201)
 * PATCH  /payment-methods/:id         changes the nickname
 * DELETE /payment-methods/:id         removes it (409 while a recurring payment uses it) (204)
 * POST   /checkout                    pays the cart's lines with one payment method; one
 *                                     receipt email (201 Payment; 402 when declined/failed)
 * GET    /payments                    payment history (all, newest first) with receipts
 * GET    /payments/:id                one payment with its lines and receipt
 * GET    /recurring-payments          recurring payments on the guardian's students
 * POST   /recurring-payments          sets one up (201)
 * PATCH  /recurring-payments/:id      edits it (any guardian linked to the student)
 * DELETE /recurring-payments/:id      deletes it (only the guardian who created it, else 403) (204)
 * GET    /low-balance-threshold       the guardian's food balance alert threshold
 * PUT    /low-balance-threshold       changes it
 *
 * Sandbox processor test cards (any future expiry, any 3-digit code, 4 for
 * American Express): 4242424242424242 succeeds, 4000000000000002 declined,
 * 4000000000009995 insufficient funds, 4000000000000069 expired card,
 * 4000000000000119 processing error (payment failed); 5555555555554444
 * (Mastercard), 378282246310005 (Amex) and 6011111111111117 (Discover)
 * succeed. Bank accounts: routing 011000015 (or any valid ABA number)
 * succeeds; account number 000123456789 succeeds, 000111111116 declined,
 * 000222222227 insufficient funds.
 */

const Id = Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
/** A positive amount a guardian pays: 1 cent to $100,000.00. */
const Cents = Type.Integer({ minimum: 1, maximum: 10_000_000 });
const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' });
const Nickname = Type.String({ maxLength: 40 });
export const IdParams = Type.Object({ id: Type.String({ pattern: '^[1-9]\\d{0,9}$' }) });
const IdQuery = Type.String({ pattern: '^[1-9]\\d{0,9}$' });

export const paymentStatuses = ['pending', 'succeeded', 'declined', 'failed', 'refunded'] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
const PaymentStatusSchema = Type.Enum(paymentStatuses);

export const optionalPaymentKinds = [
  'yearbook',
  'field_trip',
  'school_store',
  'activity_registration',
] as const;
export type OptionalPaymentKind = (typeof optionalPaymentKinds)[number];
const OptionalPaymentKindSchema = Type.Enum(optionalPaymentKinds);

export const frequencies = ['weekly', 'semi_monthly', 'monthly', 'low_balance'] as const;
export type Frequency = (typeof frequencies)[number];
const FrequencySchema = Type.Enum(frequencies);

export const accountTypes = ['checking', 'savings'] as const;
export type AccountType = (typeof accountTypes)[number];
const AccountTypeSchema = Type.Union([Type.Literal('checking'), Type.Literal('savings')]);

export const cardBrands = ['visa', 'mastercard', 'amex', 'discover'] as const;
export type CardBrand = (typeof cardBrands)[number];

/** The low-balance threshold until the guardian changes it: $5.00. */
export const defaultLowBalanceThresholdCents = 500;

// ---------------------------------------------------------------- fees

/** A payment (or part of one) applied to a fee. */
export const AppliedPayment = Type.Object({
  paymentId: Type.Integer(),
  amountCents: Type.Integer(),
  status: PaymentStatusSchema,
  /** When it was paid (instant). */
  paidAt: Type.String(),
});

export const Fee = Type.Object({
  id: Type.Integer(),
  studentId: Type.Integer(),
  schoolYearId: Type.Integer(),
  schoolYearName: Type.String(),
  /** The district's fee type, such as "Technology" or "Lab". */
  type: Type.String(),
  description: Type.String(),
  amountCents: Type.Integer(),
  paidCents: Type.Integer(),
  /** What is still owed: amountCents - paidCents, never below 0. */
  balanceCents: Type.Integer(),
  dueDate: IsoDate,
  optional: Type.Boolean(),
  /** Partly paid fees are unpaid. */
  status: Type.Union([Type.Literal('unpaid'), Type.Literal('paid')]),
  assignedAt: Type.String(),
  payments: Type.Array(AppliedPayment),
});
export type Fee = Static<typeof Fee>;

export const FeesQuery = Type.Object(
  {
    status: Type.Optional(Type.Union([Type.Literal('unpaid'), Type.Literal('paid')])),
    schoolYearId: Type.Optional(IdQuery),
    studentId: Type.Optional(IdQuery),
  },
  { additionalProperties: false },
);
export const FeesResponse = Type.Object({ fees: Type.Array(Fee) });

// ---------------------------------------------------------------- food service

export const FoodServiceAccount = Type.Object({
  id: Type.Integer(),
  studentId: Type.Integer(),
  balanceCents: Type.Integer(),
  /** Below the guardian's low-balance threshold. */
  lowBalance: Type.Boolean(),
  updatedAt: Nullable(Type.String()),
});
export type FoodServiceAccount = Static<typeof FoodServiceAccount>;
export const FoodServiceAccountsResponse = Type.Object({
  foodServiceAccounts: Type.Array(FoodServiceAccount),
  lowBalanceThresholdCents: Type.Integer(),
});

export const foodTransactionKinds = ['deposit', 'purchase', 'adjustment', 'refund'] as const;
export const FoodServiceTransaction = Type.Object({
  id: Type.Integer(),
  foodServiceAccountId: Type.Integer(),
  kind: Type.Enum(foodTransactionKinds),
  /** Signed: a deposit adds, a purchase takes away. */
  amountCents: Type.Integer(),
  balanceAfterCents: Type.Integer(),
  description: Type.String(),
  /** The payment of a deposit; null for purchases. */
  paymentId: Nullable(Type.Integer()),
  at: Type.String(),
});
export type FoodServiceTransaction = Static<typeof FoodServiceTransaction>;
export const FoodServiceTransactionsResponse = Type.Object({
  transactions: Type.Array(FoodServiceTransaction),
});

// ---------------------------------------------------------------- optional payments

/** Something offered to a student that the guardian may buy. */
export const OptionalPayment = Type.Object({
  id: Type.Integer(),
  studentId: Type.Integer(),
  schoolYearId: Type.Integer(),
  kind: OptionalPaymentKindSchema,
  name: Type.String(),
  description: Type.String(),
  amountCents: Type.Integer(),
  /** Last day it can be bought; null for no end. */
  availableUntil: Nullable(IsoDate),
  maxQuantity: Type.Integer(),
  /** Already bought for this student (succeeded payments). */
  purchasedQuantity: Type.Integer(),
});
export type OptionalPayment = Static<typeof OptionalPayment>;
export const OptionalPaymentsResponse = Type.Object({
  optionalPayments: Type.Array(OptionalPayment),
});

// ---------------------------------------------------------------- payment methods

export const PaymentMethod = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('card'), Type.Literal('bank')]),
  /** visa, mastercard, amex, discover; null for bank accounts. */
  brand: Nullable(Type.String()),
  lastFour: Type.String(),
  expiryMonth: Nullable(Type.Integer()),
  expiryYear: Nullable(Type.Integer()),
  accountType: Nullable(AccountTypeSchema),
  nickname: Nullable(Type.String()),
  expired: Type.Boolean(),
  createdAt: Type.String(),
});
export type PaymentMethod = Static<typeof PaymentMethod>;
export const PaymentMethodsResponse = Type.Object({ paymentMethods: Type.Array(PaymentMethod) });

/** Card details go to the processor's tokenizer and are never kept. */
export const CardDetails = Type.Object(
  {
    kind: Type.Literal('card'),
    /** Digits, spaces or dashes allowed between groups. */
    cardNumber: Type.String({ pattern: '^[0-9 -]{12,23}$' }),
    expiryMonth: Type.Integer({ minimum: 1, maximum: 12 }),
    expiryYear: Type.Integer({ minimum: 2000, maximum: 2099 }),
    securityCode: Type.String({ pattern: '^\\d{3,4}$' }),
    nameOnCard: Type.Optional(Type.String({ maxLength: 100 })),
    nickname: Type.Optional(Nickname),
  },
  { additionalProperties: false },
);
export const BankDetails = Type.Object(
  {
    kind: Type.Literal('bank'),
    routingNumber: Type.String({ pattern: '^\\d{9}$' }),
    accountNumber: Type.String({ pattern: '^\\d{4,17}$' }),
    accountType: AccountTypeSchema,
    accountHolderName: Type.String({ minLength: 1, maxLength: 100 }),
    nickname: Type.Optional(Nickname),
  },
  { additionalProperties: false },
);
export const PaymentMethodCreate = Type.Union([CardDetails, BankDetails]);
export type PaymentMethodCreate = Static<typeof PaymentMethodCreate>;

export const PaymentMethodUpdate = Type.Object(
  { nickname: Nullable(Nickname) },
  { additionalProperties: false },
);

// ---------------------------------------------------------------- checkout

export const CheckoutLine = Type.Union([
  Type.Object(
    { kind: Type.Literal('fee'), feeId: Id, amountCents: Cents },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('food_deposit'), foodServiceAccountId: Id, amountCents: Cents },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('optional_payment'),
      optionalPaymentId: Id,
      studentId: Id,
      quantity: Type.Integer({ minimum: 1, maximum: 20 }),
    },
    { additionalProperties: false },
  ),
]);
export type CheckoutLine = Static<typeof CheckoutLine>;

/** POST /checkout with an Idempotency-Key: the cart, one method, one receipt. */
export const CheckoutRequest = Type.Object(
  {
    paymentMethodId: Id,
    receiptEmail: Email,
    lines: Type.Array(CheckoutLine, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type CheckoutRequest = Static<typeof CheckoutRequest>;

export const orderLineKinds = ['fee', 'food_deposit', 'optional_payment'] as const;
export const OrderLine = Type.Object({
  id: Type.Integer(),
  kind: Type.Enum(orderLineKinds),
  studentId: Type.Integer(),
  feeId: Nullable(Type.Integer()),
  foodServiceAccountId: Nullable(Type.Integer()),
  optionalPaymentId: Nullable(Type.Integer()),
  quantity: Type.Integer(),
  description: Type.String(),
  amountCents: Type.Integer(),
});
export type OrderLine = Static<typeof OrderLine>;

export const Receipt = Type.Object({
  /** Such as R-000123. */
  number: Type.String(),
  email: Type.String(),
  issuedAt: Type.String(),
});
export type Receipt = Static<typeof Receipt>;

export const Payment = Type.Object({
  id: Type.Integer(),
  orderId: Type.Integer(),
  status: PaymentStatusSchema,
  amountCents: Type.Integer(),
  source: Type.Union([Type.Literal('checkout'), Type.Literal('recurring')]),
  recurringPaymentId: Nullable(Type.Integer()),
  paymentMethod: Type.Object({
    id: Nullable(Type.Integer()),
    kind: Type.Union([Type.Literal('card'), Type.Literal('bank')]),
    brand: Nullable(Type.String()),
    lastFour: Type.String(),
    nickname: Nullable(Type.String()),
  }),
  /** Why a payment was declined or failed: an error code of the API. */
  failureCode: Nullable(Type.String()),
  createdAt: Type.String(),
  lines: Type.Array(OrderLine),
  /** Only for succeeded payments. */
  receipt: Nullable(Receipt),
});
export type Payment = Static<typeof Payment>;
/** 201 from POST /checkout: the payment, succeeded, with its receipt. */
export const CheckoutResponse = Payment;
export type CheckoutResponse = Payment;

export const PaymentsResponse = Type.Object({ payments: Type.Array(Payment) });

// ---------------------------------------------------------------- recurring payments

export const Installment = Type.Object({ date: IsoDate, amountCents: Type.Integer() });

export const RecurringPaymentRun = Type.Object({
  date: IsoDate,
  amountCents: Type.Integer(),
  status: PaymentStatusSchema,
  paymentId: Nullable(Type.Integer()),
});

export const RecurringPayment = Type.Object({
  id: Type.Integer(),
  studentId: Type.Integer(),
  targetKind: Type.Union([Type.Literal('fee'), Type.Literal('food_service_account')]),
  feeId: Nullable(Type.Integer()),
  foodServiceAccountId: Nullable(Type.Integer()),
  frequency: FrequencySchema,
  startDate: IsoDate,
  /** Required for a fee; optional for food service. */
  endDate: Nullable(IsoDate),
  /** Per run. For a fee: the installment (amount due / runs, rounded up). */
  amountCents: Type.Integer(),
  /** low_balance only: a payment runs when the balance falls below this. */
  lowBalanceCents: Nullable(Type.Integer()),
  paymentMethodId: Type.Integer(),
  receiptEmail: Type.String(),
  createdByMe: Type.Boolean(),
  status: Type.Union([Type.Literal('active'), Type.Literal('ended')]),
  /** end_date, fee_paid (paid off another way or by its runs), deleted... */
  endedReason: Nullable(Type.String()),
  /** The student has no enrollment on or after today: the app warns. */
  enrollmentEnded: Type.Boolean(),
  /** The next dates and amounts still planned (a fee's whole plan). */
  upcoming: Type.Array(Installment),
  runs: Type.Array(RecurringPaymentRun),
  createdAt: Type.String(),
});
export type RecurringPayment = Static<typeof RecurringPayment>;
export const RecurringPaymentsResponse = Type.Object({
  recurringPayments: Type.Array(RecurringPayment),
});

export const RecurringPaymentCreate = Type.Object(
  {
    targetKind: Type.Union([Type.Literal('fee'), Type.Literal('food_service_account')]),
    feeId: Type.Optional(Id),
    foodServiceAccountId: Type.Optional(Id),
    frequency: FrequencySchema,
    startDate: IsoDate,
    endDate: Type.Optional(IsoDate),
    /** Food service: the amount of each payment (required). Fee: ignored. */
    amountCents: Type.Optional(Cents),
    /** low_balance: pay when the balance falls below this (required). */
    lowBalanceCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000 })),
    paymentMethodId: Id,
    receiptEmail: Email,
  },
  { additionalProperties: false },
);
export type RecurringPaymentCreate = Static<typeof RecurringPaymentCreate>;

/** Only the fields given change; a fee's installments are planned again. */
export const RecurringPaymentUpdate = Type.Object(
  {
    frequency: Type.Optional(FrequencySchema),
    startDate: Type.Optional(IsoDate),
    endDate: Type.Optional(Nullable(IsoDate)),
    amountCents: Type.Optional(Cents),
    lowBalanceCents: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000 })),
    paymentMethodId: Type.Optional(Id),
    receiptEmail: Type.Optional(Email),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type RecurringPaymentUpdate = Static<typeof RecurringPaymentUpdate>;

// ---------------------------------------------------------------- low balance

export const LowBalanceThreshold = Type.Object(
  { thresholdCents: Type.Integer({ minimum: 0, maximum: 10_000_000 }) },
  { additionalProperties: false },
);
export type LowBalanceThreshold = Static<typeof LowBalanceThreshold>;
