import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { LowBalanceThreshold } from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { lowBalanceThreshold, setLowBalanceThreshold } from '../../money/low-balance.ts';

export const lowBalanceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/low-balance-threshold',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: LowBalanceThreshold, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      thresholdCents: await lowBalanceThreshold(app.db, signedInOf(request).guardianId),
    }),
  );

  app.put(
    '/low-balance-threshold',
    {
      schema: {
        querystring: NoQuery,
        body: LowBalanceThreshold,
        response: { 200: LowBalanceThreshold, ...refusals(400, 401, 409, 422) },
      },
    },
    async (request) => ({
      thresholdCents: await setLowBalanceThreshold(
        app.db,
        signedInOf(request).accountId,
        request.body.thresholdCents,
      ),
    }),
  );
};
