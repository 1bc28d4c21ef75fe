import type { DemoContext } from './context.ts';
import { compare, instantOf, maxDay, minDay, type Day } from './dates.ts';
import { gradebookKey, type Gradebook } from './gradebook.ts';
import { gradeComments, letterFor, round1, standardsMarkFor } from './grading.ts';
import type { Placement } from './people.ts';
import { schools } from './schools.ts';

/**
 * Quarter and semester grades. A quarter's grades are posted three days
 * after it ends; the quarter under way shows its in-progress grade where the
 * school keeps a gradebook. A student who left mid-quarter gets a posted
 * transfer grade on leaving.
 */

interface Posted {
  percent: number | null;
  postedOn: Day;
}

export function addGrades(context: DemoContext, gradebook: Gradebook): void {
  for (const placement of context.people.placements) {
    addPlacementGrades(context, gradebook, placement);
  }
}

function addPlacementGrades(
  context: DemoContext,
  gradebook: Gradebook,
  placement: Placement,
): void {
  const { rows, structure, today, timeZone, random, thisYear } = context;
  const { section, student } = placement;
  const school = schools[section.school];
  const live = section.year === thisYear && school.usesGradebook;
  const earned = gradebook.get(gradebookKey(student.id, section.id)) ?? [];
  const quarters = structure.atSchool(section.school, section.year).quarters;
  const posted: (Posted | null)[] = [];

  for (const quarter of quarters) {
    const { span } = quarter;
    const inTerm =
      compare(span.start, section.term.start) >= 0 && compare(span.end, section.term.end) <= 0;
    const from = maxDay(span.start, placement.start);
    const to = minDay(span.end, placement.end);
    if (!inTerm || compare(from, to) > 0) {
      posted.push(null);
      continue;
    }
    const left = compare(placement.end, span.end) < 0;
    const postedOn = left ? placement.end.add({ days: 1 }) : span.end.add({ days: 3 });
    const percent = live ? percentOf(earned, quarter.id) : pastPercent(context, student.ability);
    const mark = school.usesGradebook
      ? percent === null ? null : letterFor(percent)
      : standardsMarkFor(student.ability);
    const base = {
      studentId: student.id,
      sectionId: section.id,
      gradingPeriodId: quarter.id,
      task: left ? 'Transfer Grade' : 'Quarter Grade',
      percent: school.usesGradebook ? percent : null,
      mark,
    };
    const postedAt = instantOf(postedOn, '16:00', timeZone);
    if (compare(postedOn, today) <= 0 && Date.parse(postedAt) <= context.now.getTime()) {
      rows.add('grade', {
        ...base,
        status: 'posted',
        comment: random.pick(gradeComments),
        postedAt,
      });
      posted.push(left ? null : { percent, postedOn });
    } else {
      if (live && compare(span.start, today) <= 0 && percent !== null) {
        rows.add('grade', { ...base, status: 'in_progress', comment: null, postedAt: null });
      }
      posted.push(null);
    }
  }

  for (const semester of [0, 1]) {
    const first = posted[semester * 2];
    const second = posted[semester * 2 + 1];
    const quarter = quarters[semester * 2 + 1];
    if (!first || !second || !quarter || !school.usesGradebook) continue;
    const percent =
      first.percent === null || second.percent === null
        ? null
        : round1((first.percent + second.percent) / 2);
    rows.add('grade', {
      studentId: student.id,
      sectionId: section.id,
      gradingPeriodId: quarter.id,
      task: 'Semester Grade',
      percent,
      mark: percent === null ? null : letterFor(percent),
      status: 'posted',
      comment: random.pick(gradeComments),
      postedAt: instantOf(second.postedOn, '16:00', timeZone),
    });
  }
}

function percentOf(
  earned: { gradingPeriodId: number | null; earned: number; possible: number }[],
  gradingPeriodId: number,
): number | null {
  let got = 0;
  let possible = 0;
  for (const entry of earned) {
    if (entry.gradingPeriodId !== gradingPeriodId) continue;
    got += entry.earned;
    possible += entry.possible;
  }
  return possible === 0 ? null : round1((got / possible) * 100);
}

/** Last year had no gradebook in the demo; its grades follow the student. */
function pastPercent(context: DemoContext, ability: number): number {
  const noise = (context.random.next() - 0.5) * 10;
  return round1(Math.min(100, Math.max(55, ability * 100 + noise)));
}
