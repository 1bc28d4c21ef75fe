import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';

/** Where a student goes to school on a date: the enrollment's school and year. */
export async function enrollmentOn(db: PortalDb, studentId: number, date: string) {
  return db
    .selectFrom('enrollment')
    .select(['schoolId', 'schoolYearId'])
    .where('studentId', '=', studentId)
    .where('startDate', '<=', date)
    .where((eb) => eb.or([eb('endDate', 'is', null), eb('endDate', '>=', date)]))
    .orderBy('startDate', 'desc')
    .executeTakeFirst();
}

/**
 * The school days from `first` to `last` (inclusive): dates with an
 * instructional day in a calendar of the school for that school year.
 */
export async function schoolDaysBetween(
  db: PortalDb,
  school: { schoolId: number; schoolYearId: number },
  first: string,
  last: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('calendarDay as d')
    .innerJoin('calendar as c', 'c.id', 'd.calendarId')
    .select('d.date')
    .distinct()
    .where('c.schoolId', '=', school.schoolId)
    .where('c.schoolYearId', '=', school.schoolYearId)
    .where('d.kind', '=', 'instructional')
    .where('d.date', '>=', first)
    .where('d.date', '<=', last)
    .orderBy('d.date')
    .execute();
  return rows.map((row) => row.date);
}

/**
 * The school's day, `HH:MM` to `HH:MM`: the earliest start and latest end
 * of its bell schedules, their periods and its periods. Null when the
 * school has no times at all (nothing to check a time against).
 */
export async function schoolDayTimes(
  db: PortalDb,
  schoolId: number,
): Promise<{ start: string; end: string } | null> {
  const result = await sql<{ start: string | null; end: string | null }>`
    SELECT min(start_time) AS start, max(end_time) AS "end" FROM (
      SELECT start_time, end_time FROM bell_schedule WHERE school_id = ${schoolId}
      UNION ALL
      SELECT bsp.start_time, bsp.end_time FROM bell_schedule_period bsp
        JOIN bell_schedule bs ON bs.id = bsp.bell_schedule_id
        WHERE bs.school_id = ${schoolId}
      UNION ALL
      SELECT start_time, end_time FROM period WHERE school_id = ${schoolId}
    )`.execute(db);
  const row = result.rows[0];
  if (!row?.start || !row.end) return null;
  return { start: row.start.slice(0, 5), end: row.end.slice(0, 5) };
}
