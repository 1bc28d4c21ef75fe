import { Temporal } from 'temporal-polyfill';
import type { RecurringPaymentCreate, RecurringPaymentUpdate } from '../../src/api/money.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { feeOwedCents, feePaidCents } from './balances.ts';
import { districtToday } from './district-time.ts';
import { linkedStudentIds } from './linked-students.ts';
import { runDates } from './recurring-rule.ts';

type Fields = Omit<RecurringPaymentCreate, 'endDate'> & { endDate?: string | null };

/**
 * Sets up a recurring payment for a linked student's fee or food service
 * account. A fee's amount is planned here: what is owed divided by the
 * number of runs from start to end, rounded up to the cent.
 */
export async function createRecurringPayment(
  db: PortalDb,
  signedIn: SignedIn,
  input: RecurringPaymentCreate,
  now: Date,
): Promise<number> {
  const checked = await checkRule(db, signedIn, input, { now, id: null });
  const at = now.toISOString();
  const row = await db
    .insertInto('recurringPayment')
    .values({
      districtId: signedIn.districtId,
      studentId: checked.studentId,
      targetKind: input.targetKind,
      feeId: checked.feeId,
      foodServiceAccountId: checked.foodServiceAccountId,
      frequency: input.frequency,
      startDate: input.startDate,
      endDate: input.endDate ?? null,
      amountCents: checked.amountCents,
      lowBalanceCents: input.frequency === 'low_balance' ? (input.lowBalanceCents ?? null) : null,
      paymentMethodId: input.paymentMethodId,
      receiptEmail: input.receiptEmail,
      createdByAccountId: signedIn.accountId,
      createdAt: at,
      updatedAt: at,
      endedAt: null,
      endedReason: null,
    })
    .executeTakeFirstOrThrow();
  return Number(row.insertId);
}

/** A recurring payment on one of the guardian's students, not deleted; else 404. */
export async function visibleRecurringPayment(db: PortalDb, guardianId: number, id: number) {
  const studentIds = await linkedStudentIds(db, guardianId);
  const row = await db
    .selectFrom('recurringPayment')
    .selectAll()
    .where('id', '=', id)
    .where('studentId', 'in', studentIds.length ? studentIds : [0])
    .where((eb) => eb.or([eb('endedReason', 'is', null), eb('endedReason', '!=', 'deleted')]))
    .executeTakeFirst();
  if (!row) throw new ApiProblem(404, 'not_found', 'No such recurring payment.');
  return row;
}

/**
 * Edits by any guardian who sees it (the student's guardians). Changing the
 * payment method takes one of the editor's own methods. A fee's
 * installment is planned again from what is owed now.
 */
export async function updateRecurringPayment(
  db: PortalDb,
  signedIn: SignedIn,
  id: number,
  change: RecurringPaymentUpdate,
  now: Date,
): Promise<void> {
  const row = await visibleRecurringPayment(db, signedIn.guardianId, id);
  const merged: Fields = {
    targetKind: row.targetKind,
    feeId: row.feeId ?? undefined,
    foodServiceAccountId: row.foodServiceAccountId ?? undefined,
    frequency: change.frequency ?? row.frequency,
    startDate: change.startDate ?? row.startDate,
    endDate: change.endDate === undefined ? row.endDate : change.endDate,
    amountCents: change.amountCents ?? row.amountCents,
    lowBalanceCents: change.lowBalanceCents ?? row.lowBalanceCents ?? undefined,
    paymentMethodId: change.paymentMethodId ?? row.paymentMethodId,
    receiptEmail: change.receiptEmail ?? row.receiptEmail,
  };
  const checked = await checkRule(db, signedIn, merged, {
    now,
    id,
    startChanged: change.startDate !== undefined,
    methodOwner: change.paymentMethodId !== undefined ? signedIn.accountId : null,
  });
  await db
    .updateTable('recurringPayment')
    .set({
      frequency: merged.frequency,
      startDate: merged.startDate,
      endDate: merged.endDate ?? null,
      amountCents: checked.amountCents,
      lowBalanceCents: merged.frequency === 'low_balance' ? (merged.lowBalanceCents ?? null) : null,
      paymentMethodId: merged.paymentMethodId,
      receiptEmail: merged.receiptEmail,
      updatedAt: now.toISOString(),
    })
    .where('id', '=', id)
    .execute();
}

/** Only the guardian who set it up may delete it (others: 403). */
export async function deleteRecurringPayment(
  db: PortalDb,
  signedIn: SignedIn,
  id: number,
  now: Date,
): Promise<void> {
  const row = await visibleRecurringPayment(db, signedIn.guardianId, id);
  if (row.createdByAccountId !== signedIn.accountId) {
    throw new ApiProblem(
      403,
      'only_creator_can_delete',
      'Only the guardian who set up this recurring payment can delete it.',
    );
  }
  await db
    .updateTable('recurringPayment')
    .set({ endedAt: now.toISOString(), endedReason: 'deleted', updatedAt: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

async function checkRule(
  db: PortalDb,
  signedIn: SignedIn,
  input: Fields,
  context: { now: Date; id: number | null; startChanged?: boolean; methodOwner?: number | null },
) {
  const today = await districtToday(db, signedIn.districtId, context.now);
  const start = Temporal.PlainDate.from(input.startDate);
  const end = input.endDate ? Temporal.PlainDate.from(input.endDate) : null;
  if ((context.id === null || context.startChanged) && Temporal.PlainDate.compare(start, today) < 0) {
    throw new ApiProblem(422, 'date_in_past', 'The start date has passed.', '/startDate');
  }
  if (end && Temporal.PlainDate.compare(end, start) < 0) {
    throw new ApiProblem(422, 'date_range_invalid', 'The end date is before the start date.', '/endDate');
  }
  const methodOwner = context.methodOwner === undefined ? signedIn.accountId : context.methodOwner;
  if (methodOwner !== null) await requireOwnMethod(db, methodOwner, input.paymentMethodId);

  const studentIds = await linkedStudentIds(db, signedIn.guardianId);
  const scope = studentIds.length ? studentIds : [0];
  if (input.targetKind === 'food_service_account') {
    if (input.foodServiceAccountId === undefined) {
      throw new ApiProblem(400, 'invalid_request', 'Which food service account?', '/foodServiceAccountId');
    }
    const account = await db
      .selectFrom('foodServiceAccount')
      .select(['id', 'studentId'])
      .where('id', '=', input.foodServiceAccountId)
      .where('studentId', 'in', scope)
      .executeTakeFirst();
    if (!account) throw new ApiProblem(404, 'not_found', 'No such food service account.');
    if (input.amountCents === undefined) {
      throw new ApiProblem(422, 'amount_required', 'How much should each payment be?', '/amountCents');
    }
    if (input.frequency === 'low_balance' && input.lowBalanceCents === undefined) {
      throw new ApiProblem(
        422,
        'low_balance_amount_required',
        'Below which balance should a payment be made?',
        '/lowBalanceCents',
      );
    }
    if (input.frequency !== 'low_balance' && end && runDates({ ...input, endDate: input.endDate ?? null }, end).length === 0) {
      throw new ApiProblem(422, 'schedule_has_no_dates', 'No payment date falls between start and end.', '/endDate');
    }
    return { studentId: account.studentId, feeId: null, foodServiceAccountId: account.id, amountCents: input.amountCents };
  }

  if (input.feeId === undefined) throw new ApiProblem(400, 'invalid_request', 'Which fee?', '/feeId');
  const fee = await db
    .selectFrom('fee')
    .selectAll()
    .where('id', '=', input.feeId)
    .where('studentId', 'in', scope)
    .executeTakeFirst();
  if (!fee) throw new ApiProblem(404, 'not_found', 'No such fee.');
  if (input.frequency === 'low_balance') {
    throw new ApiProblem(422, 'low_balance_food_only', 'Low balance payments are for food service accounts.', '/frequency');
  }
  if (!end) throw new ApiProblem(422, 'end_date_required', 'A fee is paid by an end date.', '/endDate');
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
  if (other) throw new ApiProblem(409, 'recurring_payment_exists', 'This fee already has a recurring payment.');

  const firstOpen = Temporal.PlainDate.compare(start, today) < 0 ? today : start;
  const ran = context.id === null ? [] : await ranDates(db, context.id);
  const dates = runDates({ ...input, endDate: input.endDate ?? null }, end).filter(
    (date) => Temporal.PlainDate.compare(date, firstOpen) >= 0 && !ran.includes(String(date)),
  );
  if (dates.length === 0) {
    throw new ApiProblem(422, 'schedule_has_no_dates', 'No payment date falls between start and end.', '/endDate');
  }
  return { studentId: fee.studentId, feeId: fee.id, foodServiceAccountId: null, amountCents: Math.ceil(owed / dates.length) };
}

async function ranDates(db: PortalDb, id: number): Promise<string[]> {
  const rows = await db.selectFrom('recurringPaymentRun').select('runDate').where('recurringPaymentId', '=', id).execute();
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
  if (!method) throw new ApiProblem(404, 'not_found', 'No such payment method.', '/paymentMethodId');
}
