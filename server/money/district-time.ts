import { Temporal } from 'temporal-polyfill';
import type { PortalDb } from '../db/database.ts';

/** The district's date at an instant: schedules run on local dates. */
export function localDate(now: Date, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate();
}

export async function districtTimeZone(db: PortalDb, districtId: number): Promise<string> {
  const row = await db
    .selectFrom('district')
    .select('timeZone')
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  return row.timeZone;
}

export async function districtToday(
  db: PortalDb,
  districtId: number,
  now: Date,
): Promise<Temporal.PlainDate> {
  return localDate(now, await districtTimeZone(db, districtId));
}
