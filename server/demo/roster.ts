import type { Day } from './dates.ts';
import type { People, StudentPlan } from './people.ts';
import type { YearPlan } from './school-year.ts';
import {
  previousGrade,
  schoolForGrade,
  type SchoolKey,
} from './schools.ts';

/**
 * Who goes where: the two demo families and a few dozen classmates, this
 * year and last year.
 */

interface Placed {
  student: StudentPlan;
  grade: string;
  school: SchoolKey;
  track: 0 | 1;
}

export interface DemoFamily {
  guardians: [number, number];
  /** The student whose day the tests and the demo look at first. */
  highSchooler: StudentPlan;
  mover: StudentPlan;
  shared: StudentPlan;
}

/** Other families: for each, the children's grades, schools and tracks. */
const classmates: [string, SchoolKey, 0 | 1][][] = [
  [['3', 'willow', 0]],
  [['3', 'willow', 0], ['6', 'juniper', 0]],
  [['7', 'alder', 0]],
  [['7', 'alder', 1], ['10', 'stonebrook', 0]],
  [['10', 'stonebrook', 1]],
  [['6', 'juniper', 1]],
  [['7', 'juniper', 1], ['3', 'willow', 0]],
  [['10', 'stonebrook', 0]],
  [['7', 'alder', 0], ['1', 'willow', 0]],
  [['8', 'juniper', 0]],
  [['10', 'stonebrook', 1], ['8', 'juniper', 1]],
  [['7', 'juniper', 0]],
  [['7', 'alder', 1]],
  [['6', 'juniper', 0], ['3', 'willow', 0]],
  [['10', 'stonebrook', 0]],
  [['7', 'juniper', 1]],
  [['5', 'willow', 0]],
  [['10', 'stonebrook', 1]],
  [['7', 'alder', 0]],
  [['7', 'juniper', 1], ['10', 'stonebrook', 0]],
];

/**
 * Enrolls everyone. `years` is [last year, this year]; `moveDay` is the
 * first day of the mover at the new school this year.
 */
export function enrollRoster(
  people: People,
  years: [YearPlan, YearPlan],
  moveDay: Day,
): DemoFamily {
  const [lastYear, thisYear] = years;
  const mother = people.addGuardian('Elena', 'Marsh');
  const father = people.addGuardian('Samir', 'Haddad');
  const amara = people.addStudent('Amara', 'Marsh', '10', 0.86);
  const nina = people.addStudent('Nina', 'Marsh', '7', 0.9);
  const ivy = people.addStudent('Ivy', 'Haddad', '3', 0.8);
  const elias = people.addStudent('Elias', 'Haddad', '6', 0.78);
  people.link(mother, amara, 'mother');
  people.link(mother, nina, 'mother');
  people.link(mother, ivy, 'mother');
  people.link(father, ivy, 'father');
  people.link(father, elias, 'father');

  const placed: Placed[] = [
    { student: amara, grade: '10', school: 'stonebrook', track: 0 },
    { student: ivy, grade: '3', school: 'willow', track: 0 },
    { student: elias, grade: '6', school: 'juniper', track: 0 },
  ];
  for (const family of classmates) {
    const children = people.addFamily(
      family.map(([grade, school, track]) => ({ grade, school, track })),
    );
    placed.push(...children);
  }

  const firstDay = thisYear.semesters[0].start;
  const lastDayBeforeMove = thisYear.instructional
    .filter((day) => day.toString() < moveDay.toString())
    .at(-1) ?? firstDay;
  people.enroll(nina, { school: 'alder', year: 1, grade: '7', track: 0 },
    firstDay, lastDayBeforeMove, false);
  people.enroll(nina, { school: 'juniper', year: 1, grade: '7', track: 1 },
    moveDay, thisYear.end, true);
  people.enroll(nina, { school: 'alder', year: 0, grade: '6', track: 1 },
    lastYear.semesters[0].start, lastYear.end, false);

  for (const { student, grade, school, track } of placed) {
    people.enroll(student, { school, year: 1, grade, track },
      firstDay, thisYear.end, true);
    const earlier = previousGrade(grade);
    const middle = school === 'alder' ? 'alder' : 'juniper';
    people.enroll(
      student,
      { school: schoolForGrade(earlier, middle), year: 0, grade: earlier, track },
      lastYear.semesters[0].start,
      lastYear.end,
      false,
    );
  }
  return { guardians: [mother, father], highSchooler: amara, mover: nina, shared: ivy };
}
