import type { RecurringPaymentCreate, RecurringPaymentUpdate } from '../../src/api/money.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { linkedStudentIds } from './linked-students.ts';
import { checkRule, type RuleFields } from './recurring-checks.ts';

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
  const merged: RuleFields = {
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
