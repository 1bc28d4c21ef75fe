import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Payment, PaymentsResponse } from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { guardianPayments } from '../../money/payments-view.ts';

export const paymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/payments',
    {
      schema: { querystring: NoQuery, response: { 200: PaymentsResponse, ...refusals(400, 401) } },
    },
    async (request) => ({
      payments: await guardianPayments(app.db, { guardianId: signedInOf(request).guardianId }),
    }),
  );

  app.get(
    '/payments/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Payment, ...refusals(400, 401, 404) },
      },
    },
    async (request) => {
      const [payment] = await guardianPayments(app.db, {
        guardianId: signedInOf(request).guardianId,
        paymentId: Number(request.params.id),
      });
      if (!payment) throw new ApiProblem(404, 'not_found', 'No such payment.');
      return payment;
    },
  );
};
