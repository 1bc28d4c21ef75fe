import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import {
  IdParams,
  PaymentMethod,
  PaymentMethodCreate,
  PaymentMethodsResponse,
  PaymentMethodUpdate,
} from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { districtToday } from '../../money/district-time.ts';
import {
  accountPaymentMethods,
  addPaymentMethod,
  removePaymentMethod,
  renamePaymentMethod,
} from '../../money/payment-methods.ts';

export const paymentMethodRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const todayOf = async (districtId: number) => {
    const today = await districtToday(app.db, districtId, app.now());
    return { year: today.year, month: today.month };
  };

  app.get(
    '/payment-methods',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: PaymentMethodsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => {
      const { accountId, districtId } = signedInOf(request);
      const today = await todayOf(districtId);
      return { paymentMethods: await accountPaymentMethods(app.db, accountId, today) };
    },
  );

  app.post(
    '/payment-methods',
    {
      schema: {
        querystring: NoQuery,
        body: PaymentMethodCreate,
        response: { 201: PaymentMethod, ...refusals(400, 401, 409, 422) },
      },
    },
    async (request, reply) => {
      const { accountId, districtId } = signedInOf(request);
      const method = await addPaymentMethod(app.db, app.paymentProcessor, {
        accountId,
        details: request.body,
        now: app.now(),
        today: await todayOf(districtId),
      });
      return reply.status(201).send(method);
    },
  );

  app.patch(
    '/payment-methods/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        body: PaymentMethodUpdate,
        response: { 200: PaymentMethod, ...refusals(400, 401, 404, 409, 422) },
      },
    },
    async (request) => {
      const { accountId, districtId } = signedInOf(request);
      return renamePaymentMethod(app.db, {
        accountId,
        id: Number(request.params.id),
        nickname: request.body.nickname,
        today: await todayOf(districtId),
      });
    },
  );

  app.delete(
    '/payment-methods/:id',
    {
      schema: {
        params: IdParams,
        querystring: NoQuery,
        response: { 204: Type.Null(), ...refusals(400, 401, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      await removePaymentMethod(app.db, {
        accountId: signedInOf(request).accountId,
        id: Number(request.params.id),
        now: app.now(),
      });
      return reply.status(204).send(null);
    },
  );
};
