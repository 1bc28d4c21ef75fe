import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  PushKeyResponse,
  PushSubscribedResponse,
  PushSubscriptionRequest,
  PushUnsubscribeRequest,
} from '../../../src/api/push.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { idempotency } from '../../http/idempotency.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { subscribe, unsubscribe } from '../../push/subscriptions.ts';
import { ensureVapidKeys } from '../../push/vapid.ts';

/** Web push: the VAPID public key and this browser's subscription. */
export const pushRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Made at the first start, kept in the database from then on.
  const { publicKey } = await ensureVapidKeys(app.db);
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);
  const writeRefusals = refusals(400, 401, 403, 409, 422);

  app.get(
    '/push/key',
    { schema: { querystring: NoQuery, response: { 200: PushKeyResponse, ...refusals(400, 401) } } },
    async () => ({ publicKey }),
  );

  app.post(
    '/push/subscriptions',
    {
      schema: {
        querystring: NoQuery,
        body: PushSubscriptionRequest,
        response: { 201: PushSubscribedResponse, ...writeRefusals },
      },
    },
    async (request, reply) => {
      await subscribe(app.db, signedInOf(request), request.body, app.now());
      return reply.status(201).send({ subscribed: true });
    },
  );

  app.delete(
    '/push/subscriptions',
    {
      schema: {
        querystring: NoQuery,
        body: PushUnsubscribeRequest,
        response: { 200: PushSubscribedResponse, ...writeRefusals },
      },
    },
    async (request) => {
      await unsubscribe(app.db, signedInOf(request).accountId, request.body.endpoint);
      return { subscribed: false };
    },
  );
};
