import { Temporal } from 'temporal-polyfill';
import type { Selectable } from 'kysely';
import type { RecurringPaymentTable } from '../db/money-schema.ts';
import { ApiProblem } from '../http/errors.ts';
import { feeOwedCents, foodBalanceCents } from './balances.ts';
import { localDate } from './district-time.ts';
import { pay, type MoneyServices } from './pay.ts';
import { feeRunAmount, runDates } from './recurring-rule.ts';

export interface RecurringRunCounts {
  charged: number;
  declined: number;
  ended: number;
  errors: number;
}

type Rule = Selectable<RecurringPaymentTable>;

/**
 * The 'recurring-payments' job: charges every run that is due at `now`
 * (district date), dates missed while the server was down included. Each
 * run is claimed by (recurring payment, date) before it is charged, so
 * running the job again on the same day, or in two processes at once,
 * charges nothing twice. A fee's schedule ends once the fee is paid, by
 * its runs or another way; any schedule ends after its end date.
 */
export async function runRecurringPayments(services: MoneyServices): Promise<RecurringRunCounts> {
  const { db, now } = services;
  const counts: RecurringRunCounts = { charged: 0, declined: 0, ended: 0, errors: 0 };
  const rules = await db
    .selectFrom('recurringPayment as r')
    .innerJoin('district as d', 'd.id', 'r.districtId')
    .selectAll('r')
    .select('d.timeZone')
    .where('r.endedAt', 'is', null)
    .orderBy('r.id')
    .execute();

  for (const rule of rules) {
    const today = localDate(now, rule.timeZone);
    try {
      const ended = await runRule(services, rule, today, counts);
      if (ended) {
        await db
          .updateTable('recurringPayment')
          .set({ endedAt: now.toISOString(), endedReason: ended, updatedAt: now.toISOString() })
          .where('id', '=', rule.id)
          .where('endedAt', 'is', null)
          .execute();
        counts.ended++;
      }
    } catch (error) {
      // A removed payment method or a fee changed under it: the others still run.
      if (!(error instanceof ApiProblem)) throw error;
      counts.errors++;
    }
  }
  return counts;
}

/** Charges the rule's due runs; answers why it ends, or null while it goes on. */
async function runRule(
  services: MoneyServices,
  rule: Rule,
  today: Temporal.PlainDate,
  counts: RecurringRunCounts,
): Promise<string | null> {
  const { db } = services;
  const payer = await db
    .selectFrom('paymentMethod as m')
    .innerJoin('account as a', 'a.id', 'm.accountId')
    .select(['a.id as accountId', 'a.guardianId'])
    .where('m.id', '=', rule.paymentMethodId)
    .executeTakeFirstOrThrow();
  const base = {
    districtId: rule.districtId,
    accountId: payer.accountId,
    guardianId: payer.guardianId,
    paymentMethodId: rule.paymentMethodId,
    receiptEmail: rule.receiptEmail,
    source: 'recurring' as const,
    recurringPaymentId: rule.id,
  };
  const tally = (outcome: Awaited<ReturnType<typeof pay>>) => {
    if (outcome.status === 'succeeded') counts.charged++;
    else if (outcome.status === 'declined' || outcome.status === 'failed') counts.declined++;
  };
  const compareToday = (date: string) =>
    Temporal.PlainDate.compare(today, Temporal.PlainDate.from(date));
  const sinceStart = compareToday(rule.startDate);
  const sinceEnd = rule.endDate === null ? -1 : compareToday(rule.endDate);
  const feeOwed = async () => {
    if (rule.feeId === null) return null;
    const fee = await db
      .selectFrom('fee')
      .select(['id', 'amountCents'])
      .where('id', '=', rule.feeId)
      .executeTakeFirstOrThrow();
    return { fee, owed: await feeOwedCents(db, fee) };
  };

  if (rule.frequency === 'low_balance') {
    const accountId = rule.foodServiceAccountId;
    const threshold = rule.lowBalanceCents;
    if (sinceEnd > 0) return 'end_date';
    if (sinceStart < 0 || accountId === null || threshold === null) return null;
    if ((await foodBalanceCents(db, accountId)) >= threshold) return null;
    tally(
      await pay(services, {
        ...base,
        runDate: String(today),
        price: async (trx) =>
          (await foodBalanceCents(trx, accountId)) >= threshold
            ? []
            : [depositLine(rule.studentId, accountId, rule.amountCents)],
      }),
    );
    return null;
  }

  for (const date of runDates(rule, today)) {
    const onFee = await feeOwed();
    if (onFee) {
      const { fee, owed } = onFee;
      if (owed === 0) return 'fee_paid';
      tally(
        await pay(services, {
          ...base,
          runDate: String(date),
          price: async (trx) => {
            const owed = await feeOwedCents(trx, fee);
            const amountCents = feeRunAmount(rule, date, owed);
            if (amountCents <= 0) return [];
            return [
              {
                kind: 'fee' as const,
                studentId: rule.studentId,
                feeId: fee.id,
                foodServiceAccountId: null,
                optionalPaymentId: null,
                quantity: 1,
                description: 'Recurring payment',
                amountCents,
              },
            ];
          },
        }),
      );
    } else if (rule.foodServiceAccountId !== null) {
      const accountId = rule.foodServiceAccountId;
      tally(
        await pay(services, {
          ...base,
          runDate: String(date),
          price: async () => [depositLine(rule.studentId, accountId, rule.amountCents)],
        }),
      );
    }
  }
  if ((await feeOwed())?.owed === 0) return 'fee_paid';
  return sinceEnd >= 0 ? 'end_date' : null;
}

function depositLine(studentId: number, foodServiceAccountId: number, amountCents: number) {
  return {
    kind: 'food_deposit' as const,
    studentId,
    feeId: null,
    foodServiceAccountId,
    optionalPaymentId: null,
    quantity: 1,
    description: 'Food service deposit (recurring)',
    amountCents,
  };
}
