import { Temporal } from 'temporal-polyfill';
import type { RecurringPaymentCreate } from '../../src/api/money.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { feeOwedCents, feePaidCents } from './balances.ts';
import { districtToday } from './district-time.ts';
import { linkedStudentIds } from './linked-students.ts';
import { runDates } from './recurring-rule.ts';

export type RuleFields = Omit<RecurringPaymentCreate, 'endDate'> & { endDate?: string | null };

export interface CheckContext {
  now: Date;
  /** The recurring payment being edited; null when it is being set up. */
  id: number | null;
  /** An edit that moves the start date (a new start cannot be in the past). */
  startChanged?: boolean;
  /** Whose payment method it must be; null when an edit keeps the method. */
  methodOwner?: number | null;
}

export interface CheckedRule {
  studentId: number;
  feeId: number | null;
  foodServiceAccountId: number | null;
  /** Per run; a fee's installment: what is owed / runs left, rounded up. */
  amountCents: number;
}

const noDates = () =>
  new ApiProblem(
    422,
    'schedule_has_no_dates',
    'No payment date falls between the start and end dates.',
    '/endDate',
  );

/** Checks a recurring payment's fields, as set up or after an edit, and plans its amount. */
export async function checkRule(
  db: PortalDb,
  signedIn: SignedIn,
  input: RuleFields,
  context: CheckContext,
): Promise<CheckedRule> {
  const today = await districtToday(db, signedIn.districtId, context.now);
  const start = Temporal.PlainDate.from(input.startDate);
  const end = input.endDate ? Temporal.PlainDate.from(input.endDate) : null;
  const rule = { ...input, endDate: input.endDate ?? null };
  const newStart = context.id === null || context.startChanged;
  if (newStart && Temporal.PlainDate.compare(start, today) < 0) {
    throw new ApiProblem(422, 'date_in_past', 'The start date has passed.', '/startDate');
  }
  if (end && Temporal.PlainDate.compare(end, start) < 0) {
    throw new ApiProblem(
      422,
      'date_range_invalid',
      'The end date is before the start date.',
      '/endDate',
    );
  }
  const methodOwner =
    context.methodOwner === undefined ? signedIn.accountId : context.methodOwner;
  if (methodOwner !== null) await requireOwnMethod(db, methodOwner, input.paymentMethodId);

  const studentIds = await linkedStudentIds(db, signedIn.guardianId);
  const scope = studentIds.length ? studentIds : [0];
  if (input.targetKind === 'food_service_account') {
    if (input.foodServiceAccountId === undefined) {
      throw new ApiProblem(
        400,
        'invalid_request',
        'Which food service account?',
        '/foodServiceAccountId',
      );
    }
    const account = await db
      .selectFrom('foodServiceAccount')
      .select(['id', 'studentId'])
      .where('id', '=', input.foodServiceAccountId)
      .where('studentId', 'in', scope)
      .executeTakeFirst();
    if (!account) throw new ApiProblem(404, 'not_found', 'No such food service account.');
    if (input.amountCents === undefined) {
      throw new ApiProblem(
        422,
        'amount_required',
        'How much should each payment be?',
        '/amountCents',
      );
    }
    if (input.frequency === 'low_balance' && input.lowBalanceCents === undefined) {
      throw new ApiProblem(
        422,
        'low_balance_amount_required',
        'Below which balance should a payment be made?',
        '/lowBalanceCents',
      );
    }
    if (input.frequency !== 'low_balance' && end && runDates(rule, end).length === 0) {
      throw noDates();
    }
    return {
      studentId: account.studentId,
      feeId: null,
      foodServiceAccountId: account.id,
      amountCents: input.amountCents,
    };
  }

  if (input.feeId === undefined) {
    throw new ApiProblem(400, 'invalid_request', 'Which fee?', '/feeId');
  }
  const fee = await db
    .selectFrom('fee')
    .selectAll()
    .where('id', '=', input.feeId)
    .where('studentId', 'in', scope)
    .executeTakeFirst();
  if (!fee) throw new ApiProblem(404, 'not_found', 'No such fee.');
  if (input.frequency === 'low_balance') {
    throw new ApiProblem(
      422,
      'low_balance_food_only',
      'Low balance payments are for food service accounts.',
      '/frequency',
    );
  }
  if (!end) {
    throw new ApiProblem(422, 'end_date_required', 'A fee is paid by an end date.', '/endDate');
  }
  const owed = await feeOwedCents(db, fee);
  if (owed === 0) throw new ApiProblem(409, 'fee_already_paid', 'This fee is already paid.');
  if (fee.optional === 1 && (await feePaidCents(db, fee.id)) === 0) {
    throw new ApiProblem(
      422,
      'optional_fee_needs_first_payment',
      'An optional fee needs a first payment before it can be paid in installments.',
    );
  }
  const other = await db
    .selectFrom('recurringPayment')
    .select('id')
    .where('feeId', '=', fee.id)
    .where('endedAt', 'is', null)
    .where('id', '!=', context.id ?? 0)
    .executeTakeFirst();
  if (other) {
    throw new ApiProblem(
      409,
      'recurring_payment_exists',
      'This fee already has a recurring payment.',
    );
  }

  // An edit plans what is owed now over the dates still to come.
  const firstOpen = Temporal.PlainDate.compare(start, today) < 0 ? today : start;
  const ran = context.id === null ? [] : await ranDates(db, context.id);
  const dates = runDates(rule, end).filter(
    (date) => Temporal.PlainDate.compare(date, firstOpen) >= 0 && !ran.includes(String(date)),
  );
  if (dates.length === 0) throw noDates();
  return {
    studentId: fee.studentId,
    feeId: fee.id,
    foodServiceAccountId: null,
    amountCents: Math.ceil(owed / dates.length),
  };
}

async function ranDates(db: PortalDb, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom('recurringPaymentRun')
    .select('runDate')
    .where('recurringPaymentId', '=', id)
    .execute();
  return rows.map((row) => row.runDate);
}

async function requireOwnMethod(db: PortalDb, accountId: number, id: number) {
  const method = await db
    .selectFrom('paymentMethod')
    .select('id')
    .where('id', '=', id)
    .where('accountId', '=', accountId)
    .where('removedAt', 'is', null)
    .executeTakeFirst();
  if (!method) {
    throw new ApiProblem(404, 'not_found', 'No such payment method.', '/paymentMethodId');
  }
}
