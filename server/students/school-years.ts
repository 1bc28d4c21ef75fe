import { Temporal } from 'temporal-polyfill';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

/** Today's date in the district's time zone, `YYYY-MM-DD`. */
export function todayIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

export async function districtToday(
  db: PortalDb,
  districtId: number,
  now: Date,
): Promise<string> {
  const district = await db
    .selectFrom('district')
    .select('timeZone')
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  return todayIn(district.timeZone, now);
}

/** The school years the guardian's students are enrolled in, newest first. */
export function guardianSchoolYears(db: PortalDb, guardianId: number) {
  return db
    .selectFrom('schoolYear as y')
    .select(['y.id', 'y.name', 'y.startDate', 'y.endDate'])
    .where('y.id', 'in', (eb) =>
      eb
        .selectFrom('enrollment as e')
        .innerJoin('guardianStudent as gs', 'gs.studentId', 'e.studentId')
        .select('e.schoolYearId')
        .where('gs.guardianId', '=', guardianId)
        .where('gs.portalAccess', '=', 1),
    )
    .orderBy('y.startDate', 'desc')
    .execute();
}

export type SchoolYearRow = Awaited<ReturnType<typeof guardianSchoolYears>>[number];

/**
 * The school year a student route is about: the one asked for (it must be
 * one the student is enrolled in, else 404), or the current one, or the
 * latest. Null when the student has no enrollment at all.
 */
export async function studentSchoolYear(
  db: PortalDb,
  studentId: number,
  asked: number | undefined,
  today: string,
): Promise<SchoolYearRow | null> {
  const years = await db
    .selectFrom('schoolYear as y')
    .innerJoin('enrollment as e', 'e.schoolYearId', 'y.id')
    .select(['y.id', 'y.name', 'y.startDate', 'y.endDate'])
    .where('e.studentId', '=', studentId)
    .distinct()
    .orderBy('y.startDate', 'desc')
    .execute();
  if (asked !== undefined) {
    const year = years.find((y) => y.id === asked);
    if (!year) throw new ApiProblem(404, 'not_found', 'No such school year for this student.');
    return year;
  }
  return (
    years.find((y) => y.startDate <= today && today <= y.endDate) ??
    years[0] ??
    null
  );
}
