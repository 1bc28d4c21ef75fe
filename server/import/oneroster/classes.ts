import { termAt } from './academic-sessions.ts';
import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, list, SkipRow } from './values.ts';

/**
 * classes.csv: a class is a section of a course in a term at a school.
 * An export without courses.csv still names each class's course: the
 * course is made from the class (title and code) and counted as inferred,
 * and the real course replaces it when a later export sends courses.csv.
 */
export function schoolClass(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  context.once(row, `class ${sourcedId}`);
  const schoolId = context.school(row.required('schoolSourcedId'));
  const sessionIds = list(row.required('termSourcedIds'));
  const [first] = sessionIds;
  if (first === undefined) throw new SkipRow('no termSourcedIds');
  // TODO: the portal keeps one term per section; a class over several
  // terms (a year-long class in two semesters) is kept with its first.
  const term = termAt(context, schoolId, first);
  if (sessionIds.length > 1) {
    context.report.note('a class in several terms is kept with the first term it names');
  }
  const id = context.write('section', {
    district_id: context.district,
    school_id: schoolId,
    course_id: courseOf(context, row, sourcedId, schoolId),
    term_id: term.id,
    source_id: sourcedId,
    name: row.required('title'),
    room: row.text('location'),
  });
  context.sections.set(sourcedId, { id, schoolId, termId: term.id });
  context.report.record('sections');
  periods(context, row, id, schoolId);
}

function courseOf(
  context: OneRosterContext,
  row: CsvRow,
  classId: string,
  schoolId: number,
): number {
  const courseId = row.text('courseSourcedId');
  const known = courseId === null ? undefined : context.courses.get(courseId);
  if (known !== undefined) return known;
  const sourceId = courseId ?? `class ${classId}`;
  const id = context.write('course', {
    district_id: context.district,
    source_id: sourceId,
    school_id: schoolId,
    code: row.text('classCode') ?? '',
    title: row.required('title'),
    subject: null,
  });
  context.courses.set(sourceId, id);
  context.report.infer('courses');
  return id;
}

/** "1,2,3": the class periods the class meets in, by name at its school. */
function periods(context: OneRosterContext, row: CsvRow, sectionId: number, schoolId: number) {
  for (const name of list(row.text('periods'))) {
    const periodId = context.write('period', {
      district_id: context.district,
      school_id: schoolId,
      source_id: name,
      name,
      sequence: Number(/^\d+/.exec(name)?.[0] ?? 0),
      start_time: null,
      end_time: null,
    });
    context.write('section_period', {
      district_id: context.district,
      section_id: sectionId,
      period_id: periodId,
    });
  }
}
