import type {
  Fee,
  RecurringPayment,
  RecurringPaymentCreate,
  RecurringPaymentUpdate,
} from '../../api/money.ts';
import { centsToInput, parseAmount } from './money-format.ts';

/** The recurring payment form's contents, while the guardian fills it in. */
export interface RecurringForm {
  /** `fee:<id>` or `food:<id>`; fixed once the payment exists. */
  target: string;
  frequency: RecurringPayment['frequency'];
  startDate: string;
  endDate: string;
  amount: string;
  lowBalance: string;
  paymentMethodId: number | undefined;
  receiptEmail: string;
}

export type RecurringProblems = Partial<
  Record<
    'target' | 'frequency' | 'startDate' | 'endDate' | 'amount' | 'lowBalance' | 'method' | 'email',
    string
  >
>;

const emailPattern = /^[^\s@]+@[^\s@]+$/;

export function emptyRecurringForm(email: string): RecurringForm {
  return {
    target: '',
    frequency: 'monthly',
    startDate: '',
    endDate: '',
    amount: '',
    lowBalance: '',
    paymentMethodId: undefined,
    receiptEmail: email,
  };
}

export function formOf(payment: RecurringPayment): RecurringForm {
  return {
    target: payment.feeId ? `fee:${payment.feeId}` : `food:${payment.foodServiceAccountId ?? ''}`,
    frequency: payment.frequency,
    startDate: payment.startDate,
    endDate: payment.endDate ?? '',
    amount: centsToInput(payment.amountCents),
    lowBalance: payment.lowBalanceCents ? centsToInput(payment.lowBalanceCents) : '',
    paymentMethodId: payment.paymentMethodId,
    receiptEmail: payment.receiptEmail,
  };
}

/**
 * What the device can check: the server checks again (and plans a fee's
 * installments); its refusals come back as codes the page translates.
 */
export function validateRecurring(
  form: RecurringForm,
  options: { today: string; fee: Fee | undefined; editing: boolean },
): RecurringProblems {
  const problems: RecurringProblems = {};
  const isFee = form.target.startsWith('fee:');
  if (!form.target) problems.target = 'validation.targetRequired';
  if (isFee && form.frequency === 'low_balance')
    problems.frequency = 'errors.low_balance_food_only';
  if (isFee && options.fee?.optional && options.fee.paidCents === 0) {
    problems.target = 'errors.optional_fee_needs_first_payment';
  }
  if (!form.startDate) problems.startDate = 'validation.dateRequired';
  else if (!options.editing && form.startDate < options.today) {
    problems.startDate = 'validation.dateInPast';
  }
  if (isFee && !form.endDate) problems.endDate = 'errors.end_date_required';
  else if (form.endDate && form.startDate && form.endDate < form.startDate) {
    problems.endDate = 'validation.endBeforeStart';
  }
  if (!isFee) {
    const amount = parseAmount(form.amount);
    if ('problem' in amount) problems.amount = amount.problem;
    if (form.frequency === 'low_balance') {
      const threshold = parseAmount(form.lowBalance);
      if ('problem' in threshold) problems.lowBalance = threshold.problem;
    }
  }
  if (!form.paymentMethodId) problems.method = 'validation.methodRequired';
  if (!emailPattern.test(form.receiptEmail.trim())) problems.email = 'validation.emailInvalid';
  return problems;
}

function cents(text: string): number | undefined {
  const parsed = parseAmount(text);
  return 'cents' in parsed ? parsed.cents : undefined;
}

/** The body of a new recurring payment (after validation passed). */
export function toCreateBody(form: RecurringForm): RecurringPaymentCreate {
  const [kind, id] = form.target.split(':');
  const isFee = kind === 'fee';
  const amountCents = isFee ? undefined : cents(form.amount);
  const lowBalanceCents = form.frequency === 'low_balance' ? cents(form.lowBalance) : undefined;
  return {
    targetKind: isFee ? 'fee' : 'food_service_account',
    ...(isFee ? { feeId: Number(id) } : { foodServiceAccountId: Number(id) }),
    frequency: form.frequency,
    startDate: form.startDate,
    ...(form.endDate ? { endDate: form.endDate } : {}),
    ...(amountCents ? { amountCents } : {}),
    ...(lowBalanceCents ? { lowBalanceCents } : {}),
    paymentMethodId: form.paymentMethodId ?? 0,
    receiptEmail: form.receiptEmail.trim(),
  };
}

/** The fields of an edit (a fee's amount is the server's to plan). */
export function toUpdateBody(form: RecurringForm): RecurringPaymentUpdate {
  const isFee = form.target.startsWith('fee:');
  const amountCents = isFee ? undefined : cents(form.amount);
  const lowBalanceCents = form.frequency === 'low_balance' ? cents(form.lowBalance) : undefined;
  return {
    frequency: form.frequency,
    startDate: form.startDate,
    endDate: form.endDate || null,
    ...(amountCents ? { amountCents } : {}),
    ...(lowBalanceCents ? { lowBalanceCents } : {}),
    ...(form.paymentMethodId ? { paymentMethodId: form.paymentMethodId } : {}),
    receiptEmail: form.receiptEmail.trim(),
  };
}
