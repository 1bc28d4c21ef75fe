import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { Temporal } from 'temporal-polyfill';
import type { PortalDb } from '../../../server/db/database.ts';
import { insert, type Fixture } from './fixture.ts';

/** A write as the app sends it: session cookie, CSRF header, Idempotency-Key. */
export function writeAs(
  app: FastifyInstance,
  cookie: string,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  key: string | null = randomUUID(),
) {
  return app.inject({
    method,
    url,
    headers: {
      cookie,
      'x-requested-with': 'portal',
      ...(key === null ? {} : { 'idempotency-key': key }),
    },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/**
 * School days for both fixture schools: every weekday from `from` to `to`
 * except the dates in `holidays` (the elementary school gets a calendar).
 */
export async function addSchoolDays(
  db: PortalDb,
  fixture: Fixture,
  from: string,
  to: string,
  holidays: string[] = [],
): Promise<void> {
  const elementaryCalendar = await insert(db, 'calendar', {
    districtId: fixture.districtId,
    schoolId: fixture.schools.elementary,
    schoolYearId: fixture.schoolYear,
    sourceId: 'ES-CAL',
    name: 'Elementary',
  });
  for (
    let day = Temporal.PlainDate.from(from);
    Temporal.PlainDate.compare(day, Temporal.PlainDate.from(to)) <= 0;
    day = day.add({ days: 1 })
  ) {
    const kind = day.dayOfWeek >= 6 || holidays.includes(day.toString()) ? 'holiday' : 'instructional';
    for (const calendarId of [fixture.calendar, elementaryCalendar]) {
      await db
        .insertInto('calendarDay')
        .values({ districtId: fixture.districtId, calendarId, date: day.toString(), kind })
        .onConflict((c) => c.columns(['calendarId', 'date']).doNothing())
        .execute();
    }
  }
}
