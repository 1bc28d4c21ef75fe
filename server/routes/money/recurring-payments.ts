import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  IdParams,
  RecurringPayment,
  RecurringPaymentCreate,
  RecurringPaymentsResponse,
  RecurringPaymentUpdate,
} from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import {
  createRecurringPayment,
  deleteRecurringPayment,
  updateRecurringPayment,
} from '../../money/recurring-payments.ts';
import { guardianRecurringPayments } from '../../money/recurring-view.ts';

export const recurringPaymentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const one = async (request: Parameters<typeof signedInOf>[0], id: number) => {
    const [found] = await guardianRecurringPayments(app.db, signedInOf(request), app.now(), id);
    if (!found) throw new ApiProblem(404, 'not_found', 'No such recurring payment.');
    return found;
  };

  app.get(
    '/recurring-payments',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: RecurringPaymentsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      recurringPayments: await guardianRecurringPayments(app.db, signedInOf(request), app.now()),
    }),
  );

  app.post(
    '/recurring-payments',
    {
      schema: {
        querystring: NoQuery,
        body: RecurringPaymentCreate,
        response: { 201: RecurringPayment, ...refusals(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const id = await createRecurringPayment(app.db, signedInOf(request), request.body, app.now());
      return reply.status(201).send(await one(request, id));
    },
  );

  app.patch(
    '/recurring-payments/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        body: RecurringPaymentUpdate,
        response: { 200: RecurringPayment, ...refusals(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const id = Number(request.params.id);
      await updateRecurringPayment(app.db, signedInOf(request), id, request.body, app.now());
      return one(request, id);
    },
  );

  app.delete(
    '/recurring-payments/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        response: { 204: Type.Null(), ...refusals(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      await deleteRecurringPayment(app.db, signedInOf(request), id, app.now());
      return reply.status(204).send(null);
    },
  );
};
