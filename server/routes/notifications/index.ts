import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  MarkAllReadResponse,
  MarkReadResponse,
  NotificationParams,
  NotificationsQuery,
  NotificationsResponse,
  UnreadCountResponse,
} from '../../../src/api/notifications.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { idempotency } from '../../http/idempotency.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import {
  guardianNotifications,
  markAllRead,
  markRead,
  unreadCount,
} from '../../notifications/guardian.ts';

/** The bell: the guardian's notifications, the unread count, marking read. */
export const notificationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);
  const writeRefusals = refusals(400, 401, 403, 404, 409, 422);

  app.get(
    '/notifications',
    {
      schema: {
        querystring: NotificationsQuery,
        response: { 200: NotificationsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => {
      const { before, limit } = request.query;
      return {
        notifications: await guardianNotifications(app.db, signedInOf(request).guardianId, {
          before: before === undefined ? undefined : Number(before),
          limit: Math.min(Number(limit ?? 50), 200),
          now: app.now(),
        }),
      };
    },
  );

  app.get(
    '/notifications/unread-count',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: UnreadCountResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      count: await unreadCount(app.db, signedInOf(request).guardianId, app.now()),
    }),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        params: NotificationParams,
        querystring: NoQuery,
        response: { 200: MarkReadResponse, ...writeRefusals },
      },
    },
    async (request) => {
      const id = Number(request.params.id);
      await markRead(app.db, signedInOf(request).guardianId, id);
      return { id, read: true };
    },
  );

  app.post(
    '/notifications/read-all',
    { schema: { querystring: NoQuery, response: { 200: MarkAllReadResponse, ...writeRefusals } } },
    async (request) => ({ marked: await markAllRead(app.db, signedInOf(request).guardianId) }),
  );
};
