import { Temporal } from 'temporal-polyfill';

/**
 * When a recurring payment runs, as plain dates in the district's time
 * zone:
 *
 * - weekly: the start date and every 7 days after it;
 * - semi_monthly: the 1st and the 15th of each month, from the start date;
 * - monthly: the start date's day of each month; a month without that day
 *   (the 29th to 31st) runs on its last day, and the next month returns
 *   to the start date's day (each date comes from the start, never from
 *   the month before, so a short month never drags the day down).
 *
 * low_balance has no dates: it runs when the balance falls under the
 * chosen amount (recurring-run.ts).
 */
export type DatedFrequency = 'weekly' | 'semi_monthly' | 'monthly';

export interface DatedRule {
  frequency: DatedFrequency;
  startDate: Temporal.PlainDate;
  /** Inclusive; null for no end. */
  endDate: Temporal.PlainDate | null;
}

/** The rule's dates from its start through `until` (and its end date), in order. */
export function scheduledDates(rule: DatedRule, until: Temporal.PlainDate): Temporal.PlainDate[] {
  const last =
    rule.endDate && Temporal.PlainDate.compare(rule.endDate, until) < 0 ? rule.endDate : until;
  const dates: Temporal.PlainDate[] = [];
  const within = (date: Temporal.PlainDate) =>
    Temporal.PlainDate.compare(date, rule.startDate) >= 0 &&
    Temporal.PlainDate.compare(date, last) <= 0;
  const past = (date: Temporal.PlainDate) => Temporal.PlainDate.compare(date, last) > 0;

  for (let k = 0; ; k++) {
    const candidates = datesOfStep(rule, k);
    if (candidates.every(past)) break;
    dates.push(...candidates.filter(within));
  }
  return dates;
}

function datesOfStep(rule: DatedRule, k: number): Temporal.PlainDate[] {
  const start = rule.startDate;
  switch (rule.frequency) {
    case 'weekly':
      return [start.add({ days: 7 * k })];
    case 'semi_monthly': {
      const month = start.toPlainYearMonth().add({ months: k });
      return [1, 15].map((day) => month.toPlainDate({ day }));
    }
    case 'monthly': {
      const month = start.toPlainYearMonth().add({ months: k });
      return [
        Temporal.PlainDate.from(
          { year: month.year, month: month.month, day: start.day },
          { overflow: 'constrain' },
        ),
      ];
    }
  }
}

/**
 * A fee paid in `count` installments: each is the amount due divided by
 * the count, rounded up to the cent, and none takes more than is still
 * owed, so the last one takes the rest and they add up to the amount
 * exactly (a date with nothing left to pay is dropped).
 */
export function installmentAmounts(dueCents: number, count: number): number[] {
  if (count <= 0 || dueCents <= 0) return [];
  const each = Math.ceil(dueCents / count);
  const amounts: number[] = [];
  let remaining = dueCents;
  for (let i = 0; i < count && remaining > 0; i++) {
    const amount = Math.min(each, remaining);
    amounts.push(amount);
    remaining -= amount;
  }
  return amounts;
}

/** The installment of each date of a fee's schedule. */
export function feePlan(
  dueCents: number,
  dates: Temporal.PlainDate[],
): Array<{ date: string; amountCents: number }> {
  const amounts = installmentAmounts(dueCents, dates.length);
  return amounts.map((amountCents, i) => ({ date: String(dates[i]), amountCents }));
}
