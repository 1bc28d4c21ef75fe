import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { flag, isToBeDeleted, number, SkipRow } from './values.ts';

/**
 * results.csv: a student's score on a line item. scoreStatus says whether
 * the work was handed in (submitted, partially graded, fully graded), not
 * handed in or exempt; 1.2 adds late, missing and incomplete flags.
 */
export function result(context: OneRosterContext, row: CsvRow): void {
  const lineItemId = row.required('lineItemSourcedId');
  const assignment = context.assignments.get(lineItemId);
  if (!assignment) throw context.unknown('line item', lineItemId);
  const studentSourcedId = row.required('studentSourcedId');
  const studentId = context.student(studentSourcedId);
  if (isToBeDeleted(row.text('status'))) {
    // A score the teacher took back: what an earlier import made of it goes.
    const removed = context.remove('score', {
      assignment_id: assignment.assignmentId,
      student_id: studentId,
    });
    throw new SkipRow(`status tobedeleted: ${removed > 0 ? 'removed' : 'not imported'}`);
  }
  context.once(row, `line item ${lineItemId} and student ${studentSourcedId}`);
  const raw = row.text('score');
  const points = number(raw);
  // A score that is not a number ("A-", "Pass") is a mark.
  const mark = row.text('textScore') ?? (points === null ? raw : null);
  const status = row.text('scoreStatus')?.toLowerCase() ?? '';
  const handedIn = ['submitted', 'partially graded', 'fully graded'].includes(status);
  context.write('score', {
    district_id: context.district,
    assignment_id: assignment.assignmentId,
    student_id: studentId,
    points,
    mark,
    comment: row.text('comment'),
    missing: flag(row.text('missing')) ? 1 : 0,
    late: flag(row.text('late')) ? 1 : 0,
    turned_in: handedIn || (status === '' && (points !== null || mark !== null)) ? 1 : 0,
    dropped: 0,
    incomplete: flag(row.text('incomplete')) ? 1 : 0,
    exempt: status === 'exempt' ? 1 : 0,
    scored_at: row.date('scoreDate'),
  });
  const year = context.termYears.get(assignment.termId) ?? null;
  context.tieToSchool(studentId, assignment.schoolId, year);
  context.report.record('scores');
}
