import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, list, SkipRow } from './values.ts';

/** courses.csv: a course belongs to a school, or to the whole district. */
export function course(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  context.once(row, `course ${sourcedId}`);
  const org = row.text('orgSourcedId');
  const id = context.write('course', {
    district_id: context.district,
    source_id: sourcedId,
    school_id: org === null ? null : (context.schools.get(org) ?? null),
    code: row.text('courseCode') ?? '',
    title: row.required('title'),
    subject: list(row.text('subjects'))[0] ?? null,
  });
  context.courses.set(sourcedId, id);
  context.report.record('courses');
}
