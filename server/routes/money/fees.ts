import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Fee,
  FeesQuery,
  FeesResponse,
  IdParams,
  OptionalPaymentsResponse,
} from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { guardianFees } from '../../money/fees-view.ts';
import { guardianOptionalPayments } from '../../money/optional-payments-view.ts';

export const feeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/fees',
    { schema: { querystring: FeesQuery, response: { 200: FeesResponse, ...refusals(400, 401) } } },
    async (request) => {
      const { query } = request;
      return {
        fees: await guardianFees(app.db, {
          guardianId: signedInOf(request).guardianId,
          status: query.status,
          schoolYearId: query.schoolYearId === undefined ? undefined : Number(query.schoolYearId),
          studentId: query.studentId === undefined ? undefined : Number(query.studentId),
        }),
      };
    },
  );

  app.get(
    '/fees/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        response: { 200: Fee, ...refusals(400, 401, 404) },
      },
    },
    async (request) => {
      const [fee] = await guardianFees(app.db, {
        guardianId: signedInOf(request).guardianId,
        feeId: Number(request.params.id),
      });
      if (!fee) throw new ApiProblem(404, 'not_found', 'No such fee.');
      return fee;
    },
  );

  app.get(
    '/optional-payments',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: OptionalPaymentsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      optionalPayments: await guardianOptionalPayments(app.db, signedInOf(request).guardianId),
    }),
  );
};
