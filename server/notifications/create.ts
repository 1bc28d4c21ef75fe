import type { NotificationKind } from '../../src/api/notifications.ts';
import type { PortalDb } from '../db/database.ts';
import { pushToGuardian, type PushOptions, type PushResult } from '../push/send.ts';
import { guardiansWithKindOff } from '../settings/notification-switches.ts';
import { notificationExpiry } from './expiry.ts';
import { notificationText, type NotificationParams } from './texts.ts';

export interface NewNotification {
  guardianId: number;
  kind: NotificationKind;
  params: NotificationParams;
  /** The app's page it is about, such as /students/12/grades. */
  link: string | null;
}

export interface NotifyOptions {
  now: Date;
  /** Push settings; false to keep to the bell (imports of old data, tests). */
  push: Omit<PushOptions, 'now'> | false;
}

/**
 * Files notifications (each with its expiry in its district's time zone)
 * and pushes each to its guardian's subscribed browsers. Answers the new
 * ids and the push totals.
 */
export async function notify(
  db: PortalDb,
  notifications: NewNotification[],
  options: NotifyOptions,
): Promise<{ ids: number[]; push: PushResult }> {
  const push: PushResult = { sent: 0, removed: 0, failed: 0 };
  if (notifications.length === 0) return { ids: [], push };

  const guardians = await db
    .selectFrom('guardian as g')
    .innerJoin('district as d', 'd.id', 'g.districtId')
    .leftJoin('account as a', 'a.guardianId', 'g.id')
    .select(['g.id', 'g.districtId', 'd.timeZone', 'a.communicationLanguage'])
    .where('g.id', 'in', [...new Set(notifications.map((n) => n.guardianId))])
    .execute();
  // Kinds a guardian turned off in their settings are not filed, nor pushed.
  const kindOff = await guardiansWithKindOff(
    db,
    [...new Set(notifications.map((n) => n.kind))],
    guardians.map((g) => g.id),
  );
  const createdAt = options.now.toISOString();
  const made: Array<{
    id: number; guardianId: number; title: string; body: string; link: string | null;
  }> = [];
  await db.transaction().execute(async (trx) => {
    for (const notification of notifications) {
      const guardian = guardians.find((g) => g.id === notification.guardianId);
      if (!guardian || kindOff.has(`${guardian.id}:${notification.kind}`)) continue;
      const text = notificationText(
        notification.kind,
        notification.params,
        guardian.communicationLanguage ?? 'en',
      );
      const row = await trx
        .insertInto('notification')
        .values({
          districtId: guardian.districtId,
          guardianId: guardian.id,
          kind: notification.kind,
          params: JSON.stringify(notification.params),
          title: text.title,
          body: text.body,
          link: notification.link,
          createdAt,
          expiresAt: notificationExpiry(options.now, guardian.timeZone).toISOString(),
        })
        .executeTakeFirstOrThrow();
      made.push({
        id: Number(row.insertId), guardianId: guardian.id, ...text, link: notification.link,
      });
    }
  });

  if (options.push) {
    for (const n of made) {
      const result = await pushToGuardian(
        db,
        n.guardianId,
        { id: n.id, title: n.title, body: n.body, link: n.link },
        { ...options.push, now: options.now },
      );
      push.sent += result.sent;
      push.removed += result.removed;
      push.failed += result.failed;
    }
  }
  return { ids: made.map((n) => n.id), push };
}
