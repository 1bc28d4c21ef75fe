import { Temporal } from 'temporal-polyfill';
import type { Selectable } from 'kysely';
import type { RecurringPaymentTable } from '../db/money-schema.ts';
import { scheduledDates } from './schedule.ts';

type Rule = Pick<
  Selectable<RecurringPaymentTable>,
  'frequency' | 'startDate' | 'endDate'
>;

/** The dated runs of a rule through `until` (none for low_balance). */
export function runDates(rule: Rule, until: Temporal.PlainDate): Temporal.PlainDate[] {
  if (rule.frequency === 'low_balance') return [];
  return scheduledDates(
    {
      frequency: rule.frequency,
      startDate: Temporal.PlainDate.from(rule.startDate),
      endDate: rule.endDate ? Temporal.PlainDate.from(rule.endDate) : null,
    },
    until,
  );
}

/** A fee's schedule always has an end date; this is its last run. */
export function lastRunDate(rule: Rule): Temporal.PlainDate | null {
  if (!rule.endDate) return null;
  const dates = runDates(rule, Temporal.PlainDate.from(rule.endDate));
  return dates.at(-1) ?? null;
}

/**
 * What a fee's run on `date` charges: the installment, never more than is
 * still owed, and on the last date everything still owed (so a declined
 * run before it does not leave the fee short).
 */
export function feeRunAmount(
  rule: Rule & { amountCents: number },
  date: Temporal.PlainDate,
  owedCents: number,
): number {
  const last = lastRunDate(rule);
  if (last && Temporal.PlainDate.compare(date, last) === 0) return owedCents;
  return Math.min(rule.amountCents, owedCents);
}
