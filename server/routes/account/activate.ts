import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ActivateRequest, ActivateResponse } from '../../../src/api/account.ts';
import { activateAccount } from '../../accounts/activation.ts';
import { refusals } from '../../http/schemas.ts';

/** POST /account/activate: a guardian makes an account from their key. */
export const activateRoute: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/account/activate',
    {
      schema: {
        body: ActivateRequest,
        response: { 201: ActivateResponse, ...refusals(400, 403, 409) },
      },
    },
    async (request, reply) => {
      const { districtId } = await activateAccount(
        app.db,
        app.now(),
        request.body,
      );
      return reply
        .status(201)
        .send({ username: request.body.username, districtId });
    },
  );
};
