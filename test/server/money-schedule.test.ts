import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import {
  feePlan,
  installmentAmounts,
  scheduledDates,
  type DatedFrequency,
} from '../../server/money/schedule.ts';

const d = (iso: string) => Temporal.PlainDate.from(iso);
function dates(frequency: DatedFrequency, start: string, end: string | null, until = end ?? '') {
  return scheduledDates(
    { frequency, startDate: d(start), endDate: end ? d(end) : null },
    d(until),
  ).map(String);
}

describe('schedule rules', () => {
  const table: Array<[string, DatedFrequency, string, string, string[]]> = [
    ['weekly: every 7 days from the start', 'weekly', '2025-09-03', '2025-10-01',
      ['2025-09-03', '2025-09-10', '2025-09-17', '2025-09-24', '2025-10-01']],
    ['weekly across a year end', 'weekly', '2025-12-24', '2026-01-14',
      ['2025-12-24', '2025-12-31', '2026-01-07', '2026-01-14']],
    ['monthly from the 31st: last day of shorter months, back to the 31st', 'monthly',
      '2025-10-31', '2026-05-31',
      ['2025-10-31', '2025-11-30', '2025-12-31', '2026-01-31', '2026-02-28', '2026-03-31',
        '2026-04-30', '2026-05-31']],
    ['monthly from the 31st through a leap February', 'monthly', '2028-01-31', '2028-04-30',
      ['2028-01-31', '2028-02-29', '2028-03-31', '2028-04-30']],
    ['monthly from the 29th: February 28 in a common year, 29 in a leap year', 'monthly',
      '2026-01-29', '2028-03-29',
      ['2026-01-29', '2026-02-28', '2026-03-29', '2026-04-29', '2026-05-29', '2026-06-29',
        '2026-07-29', '2026-08-29', '2026-09-29', '2026-10-29', '2026-11-29', '2026-12-29',
        '2027-01-29', '2027-02-28', '2027-03-29', '2027-04-29', '2027-05-29', '2027-06-29',
        '2027-07-29', '2027-08-29', '2027-09-29', '2027-10-29', '2027-11-29', '2027-12-29',
        '2028-01-29', '2028-02-29', '2028-03-29']],
    ['monthly from the 30th: February is short, March returns to the 30th', 'monthly',
      '2026-01-30', '2026-03-30', ['2026-01-30', '2026-02-28', '2026-03-30']],
    ['monthly: end before the next date stops there', 'monthly', '2025-09-15', '2025-11-14',
      ['2025-09-15', '2025-10-15']],
    ['semi-monthly from the 1st', 'semi_monthly', '2025-09-01', '2025-10-15',
      ['2025-09-01', '2025-09-15', '2025-10-01', '2025-10-15']],
    ['semi-monthly from the 2nd skips that month\'s 1st', 'semi_monthly', '2025-09-02',
      '2025-10-14', ['2025-09-15', '2025-10-01']],
    ['semi-monthly from the 16th starts next month', 'semi_monthly', '2025-09-16', '2025-10-31',
      ['2025-10-01', '2025-10-15']],
    ['semi-monthly starting on the 15th, ending on the 1st', 'semi_monthly', '2026-01-15',
      '2026-03-01', ['2026-01-15', '2026-02-01', '2026-02-15', '2026-03-01']],
    ['end on the start date: one payment', 'weekly', '2025-09-03', '2025-09-03', ['2025-09-03']],
    ['end before the first semi-monthly date: none', 'semi_monthly', '2025-09-02', '2025-09-14', []],
    ['end before the start: none', 'monthly', '2025-09-10', '2025-09-01', []],
  ];
  for (const [name, frequency, start, end, expected] of table) {
    test(name, () => assert.deepEqual(dates(frequency, start, end), expected));
  }

  test('without an end date, dates run up to the day asked about', () => {
    assert.deepEqual(dates('weekly', '2025-09-03', null, '2025-09-20'), [
      '2025-09-03', '2025-09-10', '2025-09-17',
    ]);
  });
});

describe('installments', () => {
  const table: Array<[number, number, number[]]> = [
    [10000, 4, [2500, 2500, 2500, 2500]],
    [10000, 3, [3334, 3334, 3332]],
    [100, 7, [15, 15, 15, 15, 15, 15, 10]],
    [10, 7, [2, 2, 2, 2, 2]],
    [1, 3, [1]],
    [5001, 2, [2501, 2500]],
    [0, 3, []],
  ];
  for (const [due, count, expected] of table) {
    test(`${due} cents in ${count}: ${expected.join(' + ')}`, () => {
      const amounts = installmentAmounts(due, count);
      assert.deepEqual(amounts, expected);
      assert.equal(amounts.reduce((a, b) => a + b, 0), due);
      assert.ok(amounts.every((a) => a <= Math.ceil(due / count)));
    });
  }

  test('any amount over any count adds up exactly and never goes above what is owed', () => {
    for (let due = 1; due <= 2000; due += 37) {
      for (let count = 1; count <= 40; count++) {
        const amounts = installmentAmounts(due, count);
        let owed = due;
        for (const amount of amounts) {
          assert.ok(amount > 0 && amount <= owed);
          owed -= amount;
        }
        assert.equal(owed, 0, `${due} in ${count}`);
      }
    }
  });

  test('a fee plan pairs each date with its installment', () => {
    const plan = feePlan(12345, [d('2025-09-01'), d('2025-09-15'), d('2025-10-01')]);
    assert.deepEqual(plan, [
      { date: '2025-09-01', amountCents: 4115 },
      { date: '2025-09-15', amountCents: 4115 },
      { date: '2025-10-01', amountCents: 4115 },
    ]);
  });
});
