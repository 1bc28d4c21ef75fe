import type { CalendarDayKind } from '../db/schema.ts';
import {
  compare,
  daysBetween,
  isWeekday,
  nthWeekday,
  onOrAfter,
  type Day,
} from './dates.ts';
import { Temporal } from 'temporal-polyfill';

/**
 * The shape of a US school year, the same for every school of the demo
 * district: two teacher days, then the first day for students on a
 * Wednesday in mid-August, the usual breaks, and the last day once 185
 * instructional days have been held (early June).
 */

export interface SchoolDay {
  date: Day;
  kind: CalendarDayKind;
  name: string | null;
}

export interface Span {
  name: string;
  start: Day;
  end: Day;
}

export interface YearPlan {
  name: string;
  start: Day;
  end: Day;
  /** Every weekday from the first teacher day to the last day. */
  days: SchoolDay[];
  instructional: Day[];
  semesters: [Span, Span];
  /** Q1 and Q2 fall in the first semester, Q3 and Q4 in the second. */
  quarters: [Span, Span, Span, Span];
}

const instructionalDayCount = 185;

function breaks(startYear: number, snowDay: boolean): Map<string, SchoolDay> {
  const next = startYear + 1;
  const marked = new Map<string, SchoolDay>();
  const mark = (date: Day, kind: CalendarDayKind, name: string) =>
    marked.set(date.toString(), { date, kind, name });

  mark(nthWeekday(startYear, 9, 1, 1), 'holiday', 'Labor Day');
  mark(nthWeekday(startYear, 10, 1, 2), 'teacher_only', 'Teacher institute day');
  const thanksgiving = nthWeekday(startYear, 11, 4, 4);
  mark(thanksgiving.subtract({ days: 5 }), 'teacher_only', 'Parent–teacher conferences');
  for (const offset of [-1, 0, 1]) {
    mark(thanksgiving.add({ days: offset }), 'holiday', 'Thanksgiving break');
  }
  // Two weeks from the Monday of the week with December 22, and New Year's
  // Day whichever week it falls in.
  const dec22 = Temporal.PlainDate.from({ year: startYear, month: 12, day: 22 });
  const winterStart = dec22.subtract({ days: dec22.dayOfWeek - 1 });
  const winterEnd = Temporal.PlainDate.from({ year: next, month: 1, day: 1 });
  for (const day of daysBetween(winterStart, winterStart.add({ days: 13 }))) {
    mark(day, 'holiday', 'Winter break');
  }
  mark(winterEnd, 'holiday', 'Winter break');
  mark(nthWeekday(next, 1, 1, 3), 'holiday', 'Martin Luther King Jr. Day');
  mark(nthWeekday(next, 2, 1, 3), 'holiday', "Presidents' Day");
  const springBreak = nthWeekday(next, 3, 1, 3);
  for (const day of daysBetween(springBreak, springBreak.add({ days: 4 }))) {
    mark(day, 'holiday', 'Spring break');
  }
  mark(nthWeekday(next, 5, 1, -1), 'holiday', 'Memorial Day');
  if (snowDay) mark(nthWeekday(next, 2, 2, 2), 'weather', 'Snow day');
  return marked;
}

/** Splits instructional days into two halves by count, as quarters are. */
function halves(days: Day[], names: [string, string]): [Span, Span] {
  const middle = Math.ceil(days.length / 2);
  const first = days.slice(0, middle);
  const second = days.slice(middle);
  const span = (name: string, part: Day[]): Span => {
    const start = part[0];
    const end = part[part.length - 1];
    if (!start || !end) throw new Error(`The ${name} has no school days`);
    return { name, start, end };
  };
  return [span(names[0], first), span(names[1], second)];
}

/**
 * The school year that starts in August of `startYear`. A snow day is
 * marked only in years that are over, so no future day claims one.
 */
export function planSchoolYear(startYear: number, snowDay = false): YearPlan {
  const firstDay = onOrAfter(
    Temporal.PlainDate.from({ year: startYear, month: 8, day: 17 }),
    3,
  );
  const start = firstDay.subtract({ days: 2 });
  const marked = breaks(startYear, snowDay);
  const days: SchoolDay[] = [
    { date: start, kind: 'teacher_only', name: 'Teacher work day' },
    { date: start.add({ days: 1 }), kind: 'teacher_only', name: 'Teacher work day' },
  ];
  const instructional: Day[] = [];
  for (let day = firstDay; instructional.length < instructionalDayCount; ) {
    if (isWeekday(day)) {
      const special = marked.get(day.toString());
      days.push(special ?? { date: day, kind: 'instructional', name: null });
      if (!special) instructional.push(day);
    }
    day = day.add({ days: 1 });
  }
  const end = instructional[instructional.length - 1] ?? firstDay;

  const mlkDay = nthWeekday(startYear + 1, 1, 1, 3);
  const inFirst = instructional.filter((day) => compare(day, mlkDay) < 0);
  const inSecond = instructional.filter((day) => compare(day, mlkDay) > 0);
  const [q1, q2] = halves(inFirst, ['Quarter 1', 'Quarter 2']);
  const [q3, q4] = halves(inSecond, ['Quarter 3', 'Quarter 4']);
  return {
    name: `${startYear}-${startYear + 1}`,
    start,
    end,
    days,
    instructional,
    semesters: [
      { name: 'Semester 1', start: firstDay, end: q2.end },
      { name: 'Semester 2', start: q3.start, end },
    ],
    quarters: [q1, q2, q3, q4],
  };
}

/**
 * The year a parent opening the portal on `today` cares about: the one in
 * session, or in summer the one about to start.
 */
export function currentStartYear(today: Day): number {
  const earlier = planSchoolYear(today.year - 1);
  return compare(today, earlier.end) <= 0 ? today.year - 1 : today.year;
}
