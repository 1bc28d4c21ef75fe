import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AbsenceRequest,
  AbsenceRequestCreate,
  AbsenceRequestParams,
  AbsenceRequestsQuery,
  AbsenceRequestsResponse,
  ExcusesResponse,
} from '../../../src/api/absences.ts';
import { activeExcuses } from '../../absences/excuses.ts';
import { changeStatus } from '../../absences/status.ts';
import { submitAbsenceRequest } from '../../absences/submit.ts';
import { guardianAbsenceRequests } from '../../absences/view.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { idempotency } from '../../http/idempotency.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';

/**
 * Absence requests of the signed-in guardian. Not part of the delta sync:
 * the app lists them through GET /absence-requests (a guardian has few, and
 * the outbox shows those still waiting to be sent); a processed request
 * also raises a notification.
 */
export const absenceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);

  async function oneRequest(guardianId: number, id: number) {
    const [request] = await guardianAbsenceRequests(app.db, guardianId, { id });
    if (!request) throw new ApiProblem(404, 'not_found', 'No such absence request.');
    return request;
  }

  app.get(
    '/excuses',
    { schema: { querystring: NoQuery, response: { 200: ExcusesResponse, ...refusals(400, 401) } } },
    async (request) => ({ excuses: await activeExcuses(app.db, signedInOf(request).districtId) }),
  );

  app.get(
    '/absence-requests',
    {
      schema: {
        querystring: AbsenceRequestsQuery,
        response: { 200: AbsenceRequestsResponse, ...refusals(400, 401) },
      },
    },
    async (request) => ({
      absenceRequests: await guardianAbsenceRequests(app.db, signedInOf(request).guardianId, {
        status: request.query.status,
      }),
    }),
  );

  app.get(
    '/absence-requests/:id',
    {
      schema: {
        params: AbsenceRequestParams,
        querystring: NoQuery,
        response: { 200: AbsenceRequest, ...refusals(400, 401, 404) },
      },
    },
    async (request) => oneRequest(signedInOf(request).guardianId, Number(request.params.id)),
  );

  app.post(
    '/absence-requests',
    {
      schema: {
        querystring: NoQuery,
        body: AbsenceRequestCreate,
        response: { 201: AbsenceRequest, ...refusals(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const signedIn = signedInOf(request);
      const id = await submitAbsenceRequest(app.db, signedIn, request.body, app.now());
      return reply.status(201).send(await oneRequest(signedIn.guardianId, id));
    },
  );

  app.post(
    '/absence-requests/:id/cancel',
    {
      schema: {
        params: AbsenceRequestParams,
        querystring: NoQuery,
        response: { 200: AbsenceRequest, ...refusals(400, 401, 403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { guardianId, accountId } = signedInOf(request);
      const id = Number(request.params.id);
      await changeStatus(app.db, {
        requestId: id,
        status: 'cancelled',
        actorKind: 'guardian',
        actor: String(accountId),
        note: null,
        now: app.now(),
        guardianId,
      });
      return oneRequest(guardianId, id);
    },
  );
};
