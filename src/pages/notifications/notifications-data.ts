import type { Notification } from '../../api/notifications.ts';
import type { PortalDb } from '../../data/db.ts';
import { apiRequest } from '../../data/http.ts';
import { submitWrite } from '../../data/outbox/outbox-runner.ts';

/**
 * The bell's data: the server's list cached in Dexie, so the bell and the
 * list work offline. Marking read changes the cached copy at once and goes
 * to the server through the outbox.
 */
const readPath = /^\/api\/v1\/notifications\/(\d+)\/read$/;

/** Fetches the newest notifications into the device database. */
export async function refreshNotifications(db: PortalDb, signal?: AbortSignal): Promise<void> {
  const answer = (await apiRequest('GET', '/api/v1/notifications?limit=100', { signal })) as {
    notifications?: Notification[];
  };
  const notifications = answer.notifications ?? [];
  await db.transaction('rw', db.notifications, db.outbox, async () => {
    // Reads not yet on the server stay read on this device.
    const pending = await db.outbox
      .where('kind')
      .anyOf('notification.read', 'notification.read-all')
      .filter((entry) => entry.state !== 'sent')
      .toArray();
    const allRead = pending.some((entry) => entry.kind === 'notification.read-all');
    const readIds = new Set(pending.map((entry) => Number(readPath.exec(entry.path)?.[1])));
    await db.notifications.clear();
    await db.notifications.bulkPut(
      notifications.map((n) => (allRead || readIds.has(n.id) ? { ...n, read: true } : n)),
    );
  });
}

export function unreadCount(db: PortalDb): Promise<number> {
  return db.notifications.filter((n) => !n.read).count();
}

export async function listNotifications(db: PortalDb): Promise<Notification[]> {
  return (await db.notifications.orderBy('createdAt').reverse().toArray()).filter(
    (n) => new Date(n.expiresAt).getTime() > Date.now(),
  );
}

export async function markRead(db: PortalDb, id: number): Promise<void> {
  const notification = await db.notifications.get(id);
  if (!notification || notification.read) return;
  await db.notifications.update(id, { read: true });
  await submitWrite(db, {
    kind: 'notification.read',
    method: 'POST',
    path: `/api/v1/notifications/${id}/read`,
    body: undefined,
  });
}

export async function markAllRead(db: PortalDb): Promise<void> {
  await db.notifications.toCollection().modify({ read: true });
  await submitWrite(db, {
    kind: 'notification.read-all',
    method: 'POST',
    path: '/api/v1/notifications/read-all',
    body: undefined,
  });
}
