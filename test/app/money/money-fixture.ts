import { http, HttpResponse, type RequestHandler } from 'msw';
import type {
  Fee,
  FoodServiceAccount,
  FoodServiceTransaction,
  OptionalPayment,
  Payment,
  PaymentMethod,
  RecurringPayment,
} from '../../../src/api/money.ts';

/**
 * A family's money, fictional: student 11 (Leo) owes a partly paid lab fee
 * and a technology fee and has paid a band fee; both children have lunch
 * accounts (Mia's is low); one Visa card, one expired Mastercard.
 */
export function fee(id: number, overrides: Partial<Fee> = {}): Fee {
  return {
    id,
    studentId: 11,
    schoolYearId: 1,
    schoolYearName: '2026-2027',
    type: 'Lab',
    description: `Fee ${id}`,
    amountCents: 2500,
    paidCents: 0,
    balanceCents: 2500,
    dueDate: '2026-12-15',
    optional: false,
    status: 'unpaid',
    assignedAt: '2026-09-01T15:00:00.000Z',
    payments: [],
    ...overrides,
  };
}

export const fees: Fee[] = [
  fee(1, {
    description: 'Science lab fee',
    amountCents: 4000,
    paidCents: 1500,
    balanceCents: 2500,
    dueDate: '2026-11-30',
    payments: [
      { paymentId: 90, amountCents: 1500, status: 'succeeded', paidAt: '2026-10-02T17:00:00.000Z' },
    ],
  }),
  fee(2, {
    description: 'Technology fee',
    type: 'Technology',
    amountCents: 3550,
    balanceCents: 3550,
  }),
  fee(3, {
    description: 'Band fee',
    type: 'Music',
    amountCents: 1000,
    paidCents: 1000,
    balanceCents: 0,
    status: 'paid',
    payments: [
      { paymentId: 91, amountCents: 1000, status: 'succeeded', paidAt: '2026-09-20T17:00:00.000Z' },
    ],
  }),
  fee(4, { description: 'Last year workbook', schoolYearId: 2, schoolYearName: '2025-2026' }),
  fee(5, { studentId: 12, description: 'Mia art fee' }),
];

export const accounts: FoodServiceAccount[] = [
  {
    id: 31,
    studentId: 11,
    balanceCents: 1275,
    lowBalance: false,
    updatedAt: '2026-12-02T18:00:00.000Z',
  },
  {
    id: 32,
    studentId: 12,
    balanceCents: 310,
    lowBalance: true,
    updatedAt: '2026-12-02T18:00:00.000Z',
  },
];

export const transactions: Record<number, FoodServiceTransaction[]> = {
  31: [
    {
      id: 501,
      foodServiceAccountId: 31,
      kind: 'purchase',
      amountCents: -325,
      balanceAfterCents: 1275,
      description: 'Lunch',
      paymentId: null,
      at: '2026-12-02T18:00:00.000Z',
    },
    {
      id: 500,
      foodServiceAccountId: 31,
      kind: 'deposit',
      amountCents: 1600,
      balanceAfterCents: 1600,
      description: 'Deposit',
      paymentId: 90,
      at: '2026-12-01T14:00:00.000Z',
    },
  ],
  32: [],
};

export const optionalPayments: OptionalPayment[] = [
  {
    id: 41,
    studentId: 11,
    schoolYearId: 1,
    kind: 'yearbook',
    name: 'Yearbook 2027',
    description: 'Hardcover',
    amountCents: 3500,
    availableUntil: '2027-03-01',
    maxQuantity: 1,
    purchasedQuantity: 0,
  },
];

export const methods: PaymentMethod[] = [
  {
    id: 61,
    kind: 'card',
    brand: 'visa',
    lastFour: '4242',
    expiryMonth: 4,
    expiryYear: 2030,
    accountType: null,
    nickname: 'Family card',
    expired: false,
    createdAt: '2026-09-01T15:00:00.000Z',
  },
  {
    id: 62,
    kind: 'card',
    brand: 'mastercard',
    lastFour: '4444',
    expiryMonth: 1,
    expiryYear: 2025,
    accountType: null,
    nickname: null,
    expired: true,
    createdAt: '2024-09-01T15:00:00.000Z',
  },
];

export function payment(id: number, overrides: Partial<Payment> = {}): Payment {
  return {
    id,
    orderId: id,
    status: 'succeeded',
    amountCents: 1500,
    source: 'checkout',
    recurringPaymentId: null,
    paymentMethod: {
      id: 61,
      kind: 'card',
      brand: 'visa',
      lastFour: '4242',
      nickname: 'Family card',
    },
    failureCode: null,
    createdAt: '2026-10-02T17:00:00.000Z',
    lines: [
      {
        id: id * 10,
        kind: 'fee',
        studentId: 11,
        feeId: 1,
        foodServiceAccountId: null,
        optionalPaymentId: null,
        quantity: 1,
        description: 'Science lab fee',
        amountCents: 1500,
      },
    ],
    receipt: {
      number: `R-${String(id).padStart(6, '0')}`,
      email: 'ana@example.org',
      issuedAt: '2026-10-02T17:00:00.000Z',
    },
    ...overrides,
  };
}

export const payments: Payment[] = [payment(90)];

export function recurring(id: number, overrides: Partial<RecurringPayment> = {}): RecurringPayment {
  return {
    id,
    studentId: 11,
    targetKind: 'food_service_account',
    feeId: null,
    foodServiceAccountId: 31,
    frequency: 'monthly',
    startDate: '2026-09-15',
    endDate: null,
    amountCents: 2000,
    lowBalanceCents: null,
    paymentMethodId: 61,
    receiptEmail: 'ana@example.org',
    createdByMe: true,
    status: 'active',
    endedReason: null,
    enrollmentEnded: false,
    upcoming: [{ date: '2026-12-15', amountCents: 2000 }],
    runs: [],
    createdAt: '2026-09-01T15:00:00.000Z',
    ...overrides,
  };
}

export interface MoneyState {
  fees: Fee[];
  accounts: FoodServiceAccount[];
  transactions: Record<number, FoodServiceTransaction[]>;
  optionalPayments: OptionalPayment[];
  methods: PaymentMethod[];
  payments: Payment[];
  recurring: RecurringPayment[];
}

export function moneyState(overrides: Partial<MoneyState> = {}): MoneyState {
  return {
    fees: structuredClone(fees),
    accounts: structuredClone(accounts),
    transactions: structuredClone(transactions),
    optionalPayments: structuredClone(optionalPayments),
    methods: structuredClone(methods),
    payments: structuredClone(payments),
    recurring: [],
    ...overrides,
  };
}

/** The money routes' GETs answering from `state` (read at each request). */
export function moneyReads(state: MoneyState): RequestHandler[] {
  return [
    http.get('/api/v1/fees', () => HttpResponse.json({ fees: state.fees })),
    http.get('/api/v1/food-service-accounts', () =>
      HttpResponse.json({ foodServiceAccounts: state.accounts, lowBalanceThresholdCents: 500 }),
    ),
    http.get('/api/v1/food-service-accounts/:id/transactions', ({ params }) =>
      HttpResponse.json({ transactions: state.transactions[Number(params.id)] ?? [] }),
    ),
    http.get('/api/v1/optional-payments', () =>
      HttpResponse.json({ optionalPayments: state.optionalPayments }),
    ),
    http.get('/api/v1/payment-methods', () => HttpResponse.json({ paymentMethods: state.methods })),
    http.get('/api/v1/payments', () => HttpResponse.json({ payments: state.payments })),
    http.get('/api/v1/recurring-payments', () =>
      HttpResponse.json({ recurringPayments: state.recurring }),
    ),
  ];
}
