import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Temporal } from 'temporal-polyfill';
import { openPortalDatabase } from '../../server/db/database.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';
import { currentStartYear, planSchoolYear } from '../../server/demo/school-year.ts';

async function demoYears(now: Date) {
  const { db } = await openPortalDatabase(':memory:');
  try {
    await ensureDemoDistrict(db, { now });
    const years = await db
      .selectFrom('schoolYear')
      .select(['name', 'startDate', 'endDate'])
      .orderBy('startDate')
      .execute();
    const days = await db
      .selectFrom('calendarDay')
      .select(['date', 'kind', 'name'])
      .execute();
    return { years, days };
  } finally {
    await db.destroy();
  }
}

test('in December the school year in session is the current one', async () => {
  const { years, days } = await demoYears(new Date('2026-12-10T18:00:00Z'));
  assert.deepEqual(years.map((y) => y.name), ['2025-2026', '2026-2027']);
  const [last, current] = years;
  assert.ok(current && current.startDate <= '2026-12-10' && current.endDate >= '2026-12-10');
  assert.ok(last && last.endDate < current.startDate);
  assert.ok(days.some((d) => d.date === '2026-12-10' && d.kind === 'instructional'));
});

test('in July the coming school year is the current one', async () => {
  const { years } = await demoYears(new Date('2026-07-15T17:00:00Z'));
  assert.deepEqual(years.map((y) => y.name), ['2025-2026', '2026-2027']);
  const [last, coming] = years;
  assert.ok(last && last.endDate < '2026-07-15', 'last year is over');
  const startsIn = Temporal.PlainDate.from('2026-07-15').until(coming?.startDate ?? '').days;
  assert.ok(startsIn > 0 && startsIn < 45, `starts in ${startsIn} days`);
});

test('today is the local date in Chicago, not the UTC date', async () => {
  // 21:00 on December 3 in Chicago is already December 4 in UTC.
  const { db } = await openPortalDatabase(':memory:');
  try {
    await ensureDemoDistrict(db, { now: new Date('2026-12-04T03:00:00Z') });
    const due = await db
      .selectFrom('assignment')
      .select('dueDate')
      .where('dueDate', 'in', ['2026-12-03', '2026-12-04', '2026-12-05'])
      .execute();
    const count = (date: string) => due.filter((a) => a.dueDate === date).length;
    // Two periods have work due today and two tomorrow; other days less.
    assert.ok(count('2026-12-03') > count('2026-12-05'));
    assert.ok(count('2026-12-04') > count('2026-12-05'));
  } finally {
    await db.destroy();
  }
});

test('every day of the year maps to the year in session or the next', () => {
  const first = Temporal.PlainDate.from('2026-01-01');
  for (let day = first; day.year < 2029; day = day.add({ days: 5 })) {
    const plan = planSchoolYear(currentStartYear(day));
    const before = Temporal.PlainDate.compare(day, plan.end) <= 0;
    const startsIn = day.until(plan.start).days;
    assert.ok(before && startsIn < 80, `${day.toString()} maps to ${plan.name}`);
  }
});

test('a year has the usual breaks, runs August to June, 185 school days', () => {
  const plan = planSchoolYear(2026);
  const kindOf = (date: string) => plan.days.find((d) => d.date.toString() === date);
  assert.equal(plan.instructional.length, 185);
  assert.equal(kindOf('2026-09-07')?.name, 'Labor Day');
  assert.equal(kindOf('2026-11-26')?.name, 'Thanksgiving break');
  assert.equal(kindOf('2026-12-28')?.name, 'Winter break');
  assert.equal(kindOf('2027-01-01')?.kind, 'holiday');
  assert.equal(kindOf('2027-03-17')?.name, 'Spring break');
  assert.ok(plan.days.every((d) => d.date.dayOfWeek <= 5), 'weekdays only');
  assert.ok(plan.end.month === 6, `ends ${plan.end.toString()}`);
  const [q1, q2, q3, q4] = plan.quarters;
  assert.ok(Temporal.PlainDate.compare(q1.end, q2.start) < 0);
  assert.ok(Temporal.PlainDate.compare(q2.end, q3.start) < 0);
  assert.ok(Temporal.PlainDate.compare(q3.end, q4.start) < 0);
  assert.equal(plan.semesters[1].end.toString(), plan.end.toString());
});
