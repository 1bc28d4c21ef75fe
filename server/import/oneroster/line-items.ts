import type { OneRosterContext, SectionRef } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, number, SkipRow } from './values.ts';

/** lineItems.csv: a class's gradebook columns become its assignments. */
export function lineItem(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  context.once(row, `line item ${sourcedId}`);
  const section = context.section(row.required('classSourcedId'));
  const categoryId = row.text('categorySourcedId');
  const category = categoryId === null ? null : context.categories.get(categoryId);
  if (categoryId !== null && category === undefined) throw context.unknown('category', categoryId);
  const assigned = row.date('assignDate');
  const due = row.date('dueDate');
  const assignmentId = context.write('assignment', {
    district_id: context.district,
    section_id: section.id,
    grading_period_id: gradingPeriodOf(context, row, section, due ?? assigned),
    source_id: sourcedId,
    title: row.required('title'),
    description: row.text('description'),
    category: category ?? null,
    assigned_date: assigned,
    due_date: due,
    points_possible: number(row.text('resultValueMax')),
  });
  context.assignments.set(sourcedId, { ...section, assignmentId });
  context.report.record('assignments');
}

/**
 * The grading period the line item names (1.1 gradingPeriodSourcedId,
 * 1.2 academicSessionSourcedId), else the one its date falls in.
 */
function gradingPeriodOf(
  context: OneRosterContext,
  row: CsvRow,
  section: SectionRef,
  date: string | null,
): number | null {
  const named = row.text('gradingPeriodSourcedId') ?? row.text('academicSessionSourcedId');
  const found =
    named === null ? undefined : context.gradingPeriods.get(`${section.schoolId}|${named}`);
  if (found !== undefined) return found;
  if (date === null) return null;
  const containing = context
    .statement<[number, number, string, string], { id: number }>(
      `SELECT id FROM grading_period
       WHERE school_id = ? AND (term_id = ? OR term_id IS NULL)
         AND start_date <= ? AND end_date >= ?
       ORDER BY start_date LIMIT 1`,
    )
    .get(section.schoolId, section.termId, date, date);
  return containing?.id ?? null;
}
