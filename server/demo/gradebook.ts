import { pickAssignment } from './assignments.ts';
import { notAfter, placementsBySection, type DemoContext } from './context.ts';
import { compare, instantOf, maxDay, type Day } from './dates.ts';
import { scoreComments } from './grading.ts';
import type { Placement, StudentPlan } from './people.ts';
import { schools } from './schools.ts';
import type { SectionInfo } from './structure.ts';

/**
 * This year's gradebook: assignments from the first day to two weeks
 * ahead, some due today and tomorrow, and scores with every flag a teacher
 * can set. Last year and schools without a gradebook get none.
 */

type Outcome = 'scored' | 'missing' | 'late' | 'exempt' | 'incomplete' | 'dropped';

/** What counts toward a student's percent in a section, per quarter. */
export interface Earned {
  gradingPeriodId: number | null;
  earned: number;
  possible: number;
}

export type Gradebook = Map<string, Earned[]>;
export const gradebookKey = (studentId: number, sectionId: number) =>
  `${studentId}/${sectionId}`;

/** Demo-family students cycle through every flag, in the same order. */
const featuredCycle: Record<number, Outcome> = {
  4: 'missing', 10: 'late', 16: 'exempt', 22: 'incomplete', 28: 'dropped',
};

export function addGradebook(context: DemoContext): Gradebook {
  const { structure, today, thisYear } = context;
  const plan = structure.years[thisYear];
  if (!plan) throw new Error('No school year to grade');
  const horizon = today.add({ days: 14 });
  const bySection = placementsBySection(context.people);
  const gradebook: Gradebook = new Map();
  const featuredCounts = new Map<number, number>();

  for (const section of structure.sections) {
    if (section.year !== thisYear || !schools[section.school].usesGradebook) continue;
    const placed = bySection.get(section.id) ?? [];
    for (const dates of dueDays(context, section, plan.instructional, horizon)) {
      addAssignment(context, section, dates, placed, gradebook, featuredCounts);
    }
  }
  return gradebook;
}

interface Due {
  due: Day;
  assigned: Day;
}

/** Roughly one assignment in three school days, plus today and tomorrow. */
function dueDays(
  context: DemoContext,
  section: SectionInfo,
  instructional: Day[],
  horizon: Day,
): Due[] {
  const { today, random } = context;
  const tomorrow = today.add({ days: 1 });
  // Two periods of every schedule have work due today, two tomorrow, so the
  // Today page has something whenever those are school days.
  const period = section.periods[0] ?? 0;
  const dueToday = period === 0 || period === 3;
  const dueTomorrow = period === 1 || period === 4;
  const result: Due[] = [];
  instructional.forEach((day, index) => {
    if (compare(day, section.term.start) < 0 || compare(day, section.term.end) > 0) return;
    if (compare(day, horizon) > 0) return;
    const isDue = day.equals(today)
      ? dueToday
      : day.equals(tomorrow)
        ? dueTomorrow
        : random.chance(0.3);
    if (!isDue) return;
    // Work is handed out a few school days ahead, within the term.
    const handedOut = instructional[Math.max(0, index - random.int(2, 5))] ?? day;
    result.push({ due: day, assigned: maxDay(handedOut, section.term.start) });
  });
  return result;
}

function addAssignment(
  context: DemoContext,
  section: SectionInfo,
  { due, assigned }: Due,
  placed: Placement[],
  gradebook: Gradebook,
  featuredCounts: Map<number, number>,
): void {
  const { rows, random, structure, today } = context;
  const kind = pickAssignment(random, section.course.subject);
  const quarter = structure
    .atSchool(section.school, section.year)
    .quarters.find((q) => compare(due, q.span.start) >= 0 && compare(due, q.span.end) <= 0);
  const assignmentId = rows.add('assignment', {
    sectionId: section.id,
    gradingPeriodId: quarter?.id ?? null,
    sourceId: `A${String(rows.byTable.assignment.length + 1).padStart(6, '0')}`,
    title: kind.title,
    description: kind.description,
    category: kind.category,
    assignedDate: assigned.toString(),
    dueDate: due.toString(),
    pointsPossible: kind.points,
  });

  for (const placement of placed) {
    if (compare(due, placement.start) < 0 || compare(due, placement.end) > 0) continue;
    const student = placement.student;
    if (compare(due, today) >= 0) {
      // Not due yet: some students hand work in early.
      const handIn = kind.category !== 'Test' && kind.category !== 'Quiz';
      if (handIn && random.chance(0.3)) {
        rows.add('score', { ...emptyScore(assignmentId, student), turnedIn: 1 });
      }
      continue;
    }
    const gradedOn = due.add({ days: random.int(1, 4) });
    if (compare(gradedOn, today) > 0) {
      // Handed in, not graded yet.
      rows.add('score', { ...emptyScore(assignmentId, student), turnedIn: 1 });
      continue;
    }
    const outcome = outcomeFor(context, student, kind.points, featuredCounts);
    const score = scoreOf(context, assignmentId, student, kind.points, outcome, gradedOn);
    rows.add('score', score);
    const counted = outcome !== 'exempt' && outcome !== 'dropped' && kind.points !== null;
    if (counted) {
      const key = gradebookKey(student.id, section.id);
      const list = gradebook.get(key) ?? [];
      list.push({
        gradingPeriodId: quarter?.id ?? null,
        earned: score.points ?? 0,
        possible: kind.points ?? 0,
      });
      gradebook.set(key, list);
    }
  }
}

function outcomeFor(
  context: DemoContext,
  student: StudentPlan,
  possible: number | null,
  featuredCounts: Map<number, number>,
): Outcome {
  const roll = context.random.next();
  if (student.featured) {
    // Flags land on small work only, so one missing test does not sink a
    // demo child's grade.
    if (possible !== null && possible > 20) return 'scored';
    const count = featuredCounts.get(student.id) ?? 0;
    featuredCounts.set(student.id, count + 1);
    return featuredCycle[count % 30] ?? 'scored';
  }
  if (roll < 0.05) return 'missing';
  if (roll < 0.09) return 'late';
  if (roll < 0.11) return 'exempt';
  if (roll < 0.13) return 'incomplete';
  if (roll < 0.15) return 'dropped';
  return 'scored';
}

const emptyScore = (assignmentId: number, student: StudentPlan) => ({
  assignmentId,
  studentId: student.id,
  points: null as number | null,
  mark: null as string | null,
  comment: null as string | null,
  missing: 0,
  late: 0,
  turnedIn: 0,
  dropped: 0,
  incomplete: 0,
  exempt: 0,
  scoredAt: null as string | null,
});

function scoreOf(
  context: DemoContext,
  assignmentId: number,
  student: StudentPlan,
  possible: number | null,
  outcome: Outcome,
  gradedOn: Day,
) {
  const { random, timeZone } = context;
  const share = Math.min(1, Math.max(0.3, student.ability + (random.next() - 0.5) * 0.25));
  const factor = {
    scored: 1, late: 0.9, incomplete: 0.5, dropped: 0.6, missing: 0, exempt: 0,
  }[outcome];
  const points = possible === null ? null : Math.round(possible * share * factor * 2) / 2;
  const score = {
    ...emptyScore(assignmentId, student),
    scoredAt: notAfter(
      instantOf(gradedOn, random.chance(0.5) ? '07:30' : '16:45', timeZone),
      context.now,
    ),
    comment: random.chance(0.15) ? random.pick(scoreComments) : null,
  };
  switch (outcome) {
    case 'missing':
      return { ...score, missing: 1, comment: 'Not turned in.' };
    case 'exempt':
      return { ...score, exempt: 1, comment: 'Excused: absent that day.' };
    case 'late':
      return {
        ...score, points, late: 1, turnedIn: 1,
        mark: possible === null ? 'Complete' : null,
      };
    case 'incomplete':
      return {
        ...score, points, incomplete: 1, turnedIn: 1,
        mark: possible === null ? 'Incomplete' : null,
        comment: 'Only the first part was done.',
      };
    case 'dropped':
      return { ...score, points, dropped: 1, turnedIn: 1, comment: 'Lowest score dropped.' };
    case 'scored':
      return { ...score, points, turnedIn: 1, mark: possible === null ? 'Complete' : null };
  }
}
