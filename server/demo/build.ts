import { addAttendance } from './attendance.ts';
import type { DemoContext } from './context.ts';
import { compare, todayIn, type Day } from './dates.ts';
import { addGradebook } from './gradebook.ts';
import { addGrades } from './grades.ts';
import { People } from './people.ts';
import { Random } from './random.ts';
import { enrollRoster } from './roster.ts';
import { DemoRows, type DemoTable } from './rows.ts';
import { currentStartYear, planSchoolYear, type YearPlan } from './school-year.ts';
import { Structure } from './structure.ts';

export const demoTimeZone = 'America/Chicago';
export const defaultDemoSeed = 1729;

export interface DemoBuildOptions {
  now: Date;
  seed: number;
  districtId: number;
  firstIds: Record<DemoTable, number>;
  /**
   * Put before the students' and guardians' SIS ids, so that two demo
   * districts on one server do not share them ("S100001" in one and
   * "JV-S100001" in the other) and district IT can name a guardian alone.
   */
  personIdPrefix?: string;
}

/**
 * The whole demo district as rows, from a seed and an instant: the same
 * inputs give the same rows. Nothing is written here, and the accounts are
 * left to the caller, which has their password hashes.
 */
export function buildDemoDistrict(options: DemoBuildOptions): {
  rows: DemoRows;
  today: Day;
  years: [YearPlan, YearPlan];
  /** The two demo guardians, in the order of the demo sign-ins. */
  guardians: [number, number];
} {
  const today = todayIn(options.now, demoTimeZone);
  const startYear = currentStartYear(today);
  const years: [YearPlan, YearPlan] = [
    planSchoolYear(startYear - 1, true),
    planSchoolYear(startYear),
  ];
  const rows = new DemoRows(options.districtId, options.firstIds);
  const random = new Random(options.seed);
  const structure = new Structure(rows, random, years);
  const people = new People(rows, random, structure, options.personIdPrefix ?? '');
  const family = enrollRoster(people, years, moveDay(years[1], today));
  const context: DemoContext = {
    rows, random, structure, people, today, now: options.now, timeZone: demoTimeZone,
    thisYear: 1,
  };
  const gradebook = addGradebook(context);
  addGrades(context, gradebook);
  addAttendance(context);
  return { rows, today, years, guardians: family.guardians };
}

/**
 * When the demo's mover changed school this year: halfway between the first
 * day and today once school has run three weeks, else after the first
 * quarter, so the old enrollment is never empty.
 */
function moveDay(year: YearPlan, today: Day): Day {
  const firstDay = year.semesters[0].start;
  const sinceStart = firstDay.until(today).days;
  const target =
    sinceStart >= 21 && compare(today, year.end) < 0
      ? firstDay.add({ days: Math.floor(sinceStart / 2) })
      : year.quarters[0].end.add({ days: 1 });
  return year.instructional.find((day) => compare(day, target) >= 0) ?? year.end;
}
