import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { notificationExpiry } from '../notifications/expiry.ts';
import { notificationText, type NotificationParams } from '../notifications/texts.ts';
import type { NotificationKind } from '../../src/api/notifications.ts';

/**
 * A bell that is not empty on the demo's first sign-in: a welcome
 * announcement and each demo child's latest absence or tardy of the last
 * two weeks, as the change-notification job would have raised it.
 */
export async function addDemoNotifications(
  trx: Transaction<Database>,
  districtId: number,
  guardianIds: readonly number[],
  now: Date,
): Promise<void> {
  const district = await trx
    .selectFrom('district')
    .select(['name', 'timeZone'])
    .where('id', '=', districtId)
    .executeTakeFirstOrThrow();
  const since = new Date(now.getTime() - 14 * 24 * 3600 * 1000).toISOString().slice(0, 10);
  const rows = [];
  for (const guardianId of guardianIds) {
    const made = (kind: NotificationKind, params: NotificationParams, link: string | null) => ({
      districtId, guardianId, kind, params: JSON.stringify(params), link,
      ...notificationText(kind, params),
      createdAt: now.toISOString(),
      expiresAt: notificationExpiry(now, district.timeZone).toISOString(),
    });
    rows.push(made('announcement', {
      district: district.name,
      text: 'Welcome to the parent portal demo. Everything here is made up.',
    }, null));
    const events = await trx
      .selectFrom('attendanceEvent as e')
      .innerJoin('guardianStudent as gs', 'gs.studentId', 'e.studentId')
      .innerJoin('student as s', 's.id', 'e.studentId')
      .select(['e.studentId', 'e.date', 'e.category', 'e.excuse', 'e.code', 's.firstName'])
      .where('gs.guardianId', '=', guardianId)
      .where('e.category', 'in', ['absence', 'tardy'])
      .where('e.date', '>=', since)
      .orderBy('e.date', 'desc')
      .execute();
    const seen = new Set<number>();
    for (const e of events) {
      if (seen.has(e.studentId)) continue;
      seen.add(e.studentId);
      rows.push(made('attendance', {
        student: e.firstName, studentId: e.studentId, date: e.date, category: e.category,
        excuse: e.excuse, code: e.code,
      }, `/students/${e.studentId}/attendance`));
    }
  }
  if (rows.length > 0) await trx.insertInto('notification').values(rows).execute();
}
