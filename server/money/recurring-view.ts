import { Temporal } from 'temporal-polyfill';
import type { RecurringPayment } from '../../src/api/money.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { feeOwedCents } from './balances.ts';
import { districtToday } from './district-time.ts';
import { linkedStudentIds } from './linked-students.ts';
import { feeRunAmount, runDates } from './recurring-rule.ts';

/** How many coming dates a food service recurring payment shows. */
const upcomingShown = 6;

/** The recurring payments on the guardian's students (deleted ones left out). */
export async function guardianRecurringPayments(
  db: PortalDb,
  signedIn: SignedIn,
  now: Date,
  only?: number,
): Promise<RecurringPayment[]> {
  const studentIds = await linkedStudentIds(db, signedIn.guardianId);
  if (studentIds.length === 0) return [];
  let query = db
    .selectFrom('recurringPayment')
    .selectAll()
    .where('studentId', 'in', studentIds)
    .where((eb) => eb.or([eb('endedReason', 'is', null), eb('endedReason', '!=', 'deleted')]))
    .orderBy('id');
  if (only !== undefined) query = query.where('id', '=', only);
  const rows = await query.execute();
  if (rows.length === 0) return [];

  const today = await districtToday(db, signedIn.districtId, now);
  const runs = await db
    .selectFrom('recurringPaymentRun as r')
    .leftJoin('payment as p', 'p.id', 'r.paymentId')
    .select(['r.recurringPaymentId', 'r.runDate', 'r.amountCents', 'r.paymentId', 'p.status'])
    .where('r.recurringPaymentId', 'in', rows.map((row) => row.id))
    .where('r.paymentId', 'is not', null)
    .orderBy('r.runDate')
    .execute();
  const enrolled = await db
    .selectFrom('enrollment as e')
    .innerJoin('schoolYear as y', 'y.id', 'e.schoolYearId')
    .select('e.studentId')
    .distinct()
    .where('e.studentId', 'in', studentIds)
    .where('y.endDate', '>=', String(today))
    .execute();

  const answer: RecurringPayment[] = [];
  for (const row of rows) {
    const ran = runs.filter((run) => run.recurringPaymentId === row.id);
    const upcoming = row.endedAt
      ? []
      : await upcomingOf(db, row, today, new Set(ran.map((run) => run.runDate)));
    answer.push({
      id: row.id,
      studentId: row.studentId,
      targetKind: row.targetKind,
      feeId: row.feeId,
      foodServiceAccountId: row.foodServiceAccountId,
      frequency: row.frequency,
      startDate: row.startDate,
      endDate: row.endDate,
      amountCents: row.amountCents,
      lowBalanceCents: row.lowBalanceCents,
      paymentMethodId: row.paymentMethodId,
      receiptEmail: row.receiptEmail,
      createdByMe: row.createdByAccountId === signedIn.accountId,
      status: row.endedAt ? 'ended' : 'active',
      endedReason: row.endedReason,
      enrollmentEnded: !enrolled.some((e) => e.studentId === row.studentId),
      upcoming,
      runs: ran.map((run) => ({
        date: run.runDate,
        amountCents: run.amountCents,
        status: run.status ?? 'pending',
        paymentId: run.paymentId,
      })),
      createdAt: row.createdAt,
    });
  }
  return answer;
}

type Row = Parameters<typeof runDates>[0] & {
  amountCents: number;
  feeId: number | null;
  endDate: string | null;
};

/** A fee's whole remaining plan; a food service account's next few dates. */
async function upcomingOf(db: PortalDb, row: Row, today: Temporal.PlainDate, ran: Set<string>) {
  if (row.frequency === 'low_balance') return [];
  const horizon = row.endDate ? Temporal.PlainDate.from(row.endDate) : today.add({ years: 1 });
  const dates = runDates(row, horizon).filter(
    (date) => Temporal.PlainDate.compare(date, today) >= 0 && !ran.has(String(date)),
  );
  if (row.feeId === null) {
    return dates.slice(0, upcomingShown).map((date) => ({
      date: String(date),
      amountCents: row.amountCents,
    }));
  }
  const fee = await db
    .selectFrom('fee')
    .select(['id', 'amountCents'])
    .where('id', '=', row.feeId)
    .executeTakeFirstOrThrow();
  let owed = await feeOwedCents(db, fee);
  const plan: Array<{ date: string; amountCents: number }> = [];
  for (const date of dates) {
    const amountCents = feeRunAmount(row, date, owed);
    if (amountCents <= 0) break;
    plan.push({ date: String(date), amountCents });
    owed -= amountCents;
  }
  return plan;
}
