import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Settings, SettingsUpdate } from '../../../src/api/settings.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { idempotency } from '../../http/idempotency.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { readSettings, updateSettings } from '../../settings/settings.ts';

/** The signed-in guardian's settings: GET, and PUT of the fields that change. */
export const settingsRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);

  app.get(
    '/settings',
    { schema: { querystring: NoQuery, response: { 200: Settings, ...refusals(400, 401) } } },
    async (request) => readSettings(app.db, signedInOf(request).accountId),
  );

  app.put(
    '/settings',
    {
      schema: {
        body: SettingsUpdate,
        response: { 200: Settings, ...refusals(400, 401, 403, 409, 422) },
      },
    },
    async (request) => updateSettings(app.db, signedInOf(request).accountId, request.body),
  );
};
