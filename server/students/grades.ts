import type { PortalDb } from '../db/database.ts';
import type { SchoolYearRow } from './school-years.ts';

/**
 * A student's grades in a school year, with course and grading period. A
 * school that does not use the gradebook shows posted grades only: its
 * in-progress numbers are not meant for families.
 */
export async function studentGrades(
  db: PortalDb,
  studentId: number,
  year: SchoolYearRow,
) {
  const rows = await db
    .selectFrom('grade as g')
    .innerJoin('section as s', 's.id', 'g.sectionId')
    .innerJoin('term as t', 't.id', 's.termId')
    .innerJoin('course as c', 'c.id', 's.courseId')
    .innerJoin('school as sc', 'sc.id', 's.schoolId')
    .leftJoin('gradingPeriod as gp', 'gp.id', 'g.gradingPeriodId')
    .select([
      'g.id', 'g.studentId', 'g.sectionId', 'g.gradingPeriodId', 'g.task', 'g.status',
      'g.percent', 'g.mark', 'g.comment', 'g.postedAt',
      'c.id as courseId', 'c.code as courseCode', 'c.title as courseTitle',
      't.id as termId', 't.name as termName', 'gp.name as gradingPeriodName',
    ])
    .where('g.studentId', '=', studentId)
    .where('t.schoolYearId', '=', year.id)
    .where((eb) =>
      eb.or([eb('sc.usesGradebook', '=', 1), eb('g.status', '=', 'posted')]),
    )
    .orderBy('t.startDate')
    .orderBy('c.title')
    .orderBy('g.id')
    .execute();
  return { schoolYear: year, grades: rows };
}
