import type { Notification } from '../../src/api/notifications.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

const columns = [
  'id', 'kind', 'params', 'title', 'body', 'link', 'read', 'createdAt', 'expiresAt',
] as const;

/**
 * The guardian's notifications, newest first. Expired ones are hidden even
 * before the purge job has removed them.
 */
export async function guardianNotifications(
  db: PortalDb,
  guardianId: number,
  page: { before?: number; limit: number; now: Date },
): Promise<Notification[]> {
  let query = db
    .selectFrom('notification')
    .select(columns)
    .where('guardianId', '=', guardianId)
    .where('expiresAt', '>', page.now.toISOString());
  if (page.before !== undefined) query = query.where('id', '<', page.before);
  const rows = await query.orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({ ...row, params: paramsOf(row.params), read: row.read === 1 }));
}

function paramsOf(text: string): Notification['params'] {
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const params: Notification['params'] = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string' || typeof item === 'number' || item === null) params[key] = item;
  }
  return params;
}

export async function unreadCount(db: PortalDb, guardianId: number, now: Date): Promise<number> {
  const row = await db
    .selectFrom('notification')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('guardianId', '=', guardianId)
    .where('read', '=', 0)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function markRead(db: PortalDb, guardianId: number, id: number): Promise<void> {
  const found = await db
    .selectFrom('notification')
    .select(['id', 'read'])
    .where('id', '=', id)
    .where('guardianId', '=', guardianId)
    .executeTakeFirst();
  if (!found) throw new ApiProblem(404, 'not_found', 'No such notification.');
  if (found.read === 0) {
    await db.updateTable('notification').set({ read: 1 }).where('id', '=', id).execute();
  }
}

export async function markAllRead(db: PortalDb, guardianId: number): Promise<number> {
  const result = await db
    .updateTable('notification')
    .set({ read: 1 })
    .where('guardianId', '=', guardianId)
    .where('read', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The purge job: notifications past their 2:00 AM on the 30th day go. */
export async function purgeNotifications(db: PortalDb, now: Date): Promise<number> {
  const result = await db
    .deleteFrom('notification')
    .where('expiresAt', '<=', now.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
