import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  FoodServiceAccountsResponse,
  FoodServiceTransactionsResponse,
  IdParams,
} from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { foodTransactions, guardianFoodAccounts } from '../../money/food-service-view.ts';

export const foodServiceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/food-service-accounts',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: FoodServiceAccountsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => guardianFoodAccounts(app.db, signedInOf(request).guardianId),
  );

  app.get(
    '/food-service-accounts/:id/transactions',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        response: { 200: FoodServiceTransactionsResponse, ...refusals(400, 401, 404) },
      },
    },
    async (request) => {
      const transactions = await foodTransactions(
        app.db,
        signedInOf(request).guardianId,
        Number(request.params.id),
      );
      if (!transactions) throw new ApiProblem(404, 'not_found', 'No such food service account.');
      return { transactions };
    },
  );
};
