import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  MealApplication,
  MealApplicationCreate,
  MealApplicationsResponse,
} from '../../../src/api/meal-benefits.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { idempotency } from '../../http/idempotency.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { submitMealApplication } from '../../meal-benefits/submit.ts';
import { mealApplications } from '../../meal-benefits/view.ts';

/**
 * The signed-in guardian's meal benefits applications. A new one comes
 * through the app's outbox, so the POST takes an Idempotency-Key: a
 * replayed send files nothing twice.
 */
export const mealBenefitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);

  app.get(
    '/meal-applications',
    {
      schema: {
        querystring: NoQuery,
        response: { 200: MealApplicationsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      mealApplications: await mealApplications(app.db, {
        guardianId: signedInOf(request).guardianId,
      }),
    }),
  );

  app.post(
    '/meal-applications',
    {
      schema: {
        querystring: NoQuery,
        body: MealApplicationCreate,
        response: { 201: MealApplication, ...refusals(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const signedIn = signedInOf(request);
      const id = await submitMealApplication(app.db, signedIn, request.body, app.now());
      const [application] = await mealApplications(app.db, {
        guardianId: signedIn.guardianId,
        id,
      });
      if (!application) throw new Error('A filed application was not found');
      return reply.status(201).send(application);
    },
  );
};
