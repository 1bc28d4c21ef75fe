import type { PortalDb } from '../db/database.ts';
import type { SchoolYearRow } from './school-years.ts';

/**
 * The school days of a student's year: the instructional days of the
 * calendars of the schools the student is enrolled in that year.
 */
export async function instructionalDays(
  db: PortalDb,
  studentId: number,
  year: SchoolYearRow,
) {
  const days = await db
    .selectFrom('calendarDay as d')
    .innerJoin('calendar as c', 'c.id', 'd.calendarId')
    .innerJoin('enrollment as e', (join) =>
      join
        .onRef('e.schoolId', '=', 'c.schoolId')
        .onRef('e.schoolYearId', '=', 'c.schoolYearId'),
    )
    .select(['d.date', 'd.calendarId', 'c.schoolId', 'd.name', 'd.inferred'])
    .where('e.studentId', '=', studentId)
    .where('c.schoolYearId', '=', year.id)
    .where('d.kind', '=', 'instructional')
    .orderBy('d.date')
    .execute();
  return {
    schoolYear: year,
    count: new Set(days.map((d) => d.date)).size,
    days: days.map((d) => ({ ...d, inferred: d.inferred === 1 })),
  };
}
