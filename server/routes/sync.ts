import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SyncQuery, SyncResponse } from '../../src/api/sync.ts';
import { requireGuardian, signedInOf } from '../http/authentication.ts';
import { refusals } from '../http/schemas.ts';
import { deltaSync } from '../sync/delta.ts';

/** GET /sync?cursor=: the device's delta sync (see src/api/sync.ts). */
export const syncRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const sync = deltaSync(app.db);

  app.get(
    '/sync',
    {
      onRequest: requireGuardian,
      schema: {
        querystring: Type.Object(SyncQuery.properties, {
          additionalProperties: false,
        }),
        response: { 200: SyncResponse, ...refusals(400, 401) },
      },
    },
    async (request) => sync(signedInOf(request), request.query.cursor, app.now()),
  );
};
