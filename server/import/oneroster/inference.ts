import { inferCalendarDays } from '../edfi/inference.ts';
import type { OneRosterContext } from './context.ts';

/**
 * What a OneRoster export leaves out and the portal needs: enrollments
 * (below) and, since OneRoster has no calendar, instructional days made
 * from the terms' weekdays, as the Ed-Fi importer makes them.
 */
export function inferMissing(context: OneRosterContext): void {
  inferEnrollments(context);
  inferCalendarDays(context);
}

/**
 * A student's enrollment at a school in a school year, where the export
 * says only that they are there: from their classes (the class's school
 * and term), their scores, and the schools users.csv names. Made with
 * `inferred = 1`; an enrollment the export sent (roles) is never replaced.
 */
function inferEnrollments(context: OneRosterContext): void {
  const existing = context.statement<[number, number, number], { inferred: number }>(
    `SELECT inferred FROM enrollment
     WHERE student_id = ? AND school_id = ? AND school_year_id = ?`,
  );
  const atSchool = context.statement<[number, number], { n: number }>(
    'SELECT count(*) AS n FROM enrollment WHERE student_id = ? AND school_id = ?',
  );
  const firstDay = context.statement<[number, number, number], { start: string | null }>(
    `SELECT coalesce(
       (SELECT min(start_date) FROM term WHERE school_id = ? AND school_year_id = ?),
       (SELECT start_date FROM school_year WHERE id = ?)) AS start`,
  );
  // Schools users.csv names, without a year: the export's year, if it has one.
  const years = new Set([...context.sessions.values()].map((s) => s.schoolYear));
  const [onlyYear] = years;
  const yearOfExport = years.size === 1 && onlyYear ? context.schoolYear(onlyYear) : null;

  const ties = [...context.schoolTies.values()].sort(
    (a, b) => Number(a.schoolYearId === null) - Number(b.schoolYearId === null),
  );
  for (const tie of ties) {
    let schoolYearId = tie.schoolYearId;
    if (schoolYearId === null) {
      if ((atSchool.get(tie.studentId, tie.schoolId)?.n ?? 0) > 0) continue;
      schoolYearId = yearOfExport;
      if (schoolYearId === null) continue;
    }
    const found = existing.get(tie.studentId, tie.schoolId, schoolYearId);
    if (found && found.inferred === 0) continue;
    const start = firstDay.get(tie.schoolId, schoolYearId, schoolYearId)?.start;
    if (!start) continue;
    context.write('enrollment', {
      district_id: context.district,
      student_id: tie.studentId,
      school_id: tie.schoolId,
      school_year_id: schoolYearId,
      grade_level: null,
      start_date: start,
      end_date: null,
      inferred: 1,
    });
    context.report.infer('enrollments');
  }

  const without = context
    .statement<[number], { n: number }>(
      `SELECT count(*) AS n FROM student s WHERE s.district_id = ?
       AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)`,
    )
    .get(context.district);
  if (without && without.n > 0) {
    context.report.note(
      `${without.n} students have no enrollment: nothing in the export ties them to a school year`,
    );
  }
}
