import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  EmailChangeRequest,
  EmailChangeResponse,
  PasswordChangeRequest,
  SessionResponse,
} from '../../../src/api/account.ts';
import { changePassword, requestEmailChange } from '../../accounts/account-changes.ts';
import { sessionView } from '../../accounts/session-view.ts';
import { SignInLimiter } from '../../accounts/sign-in-limiter.ts';
import { requireGuardian, signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { idempotency } from '../../http/idempotency.ts';
import { refusals } from '../../http/schemas.ts';
import { portalOf, sendLater } from './later.ts';

/** A signed-in guardian changes their password or email address. */
export const accountChangeRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);
  const view = sessionView(app.db, app.districts);
  // A wrong current password counts like a failed sign-in: a session left
  // open on a shared computer does not let anyone guess the password.
  const limiter = new SignInLimiter();

  async function withCurrentPassword<T>(accountId: number, address: string, work: () => Promise<T>) {
    const key = `account:${accountId}`;
    const wait = await limiter.attempt(key, address);
    if (wait > 0) {
      const problem = new ApiProblem(
        429,
        'too_many_attempts',
        `Too many wrong passwords. Please wait ${Math.ceil(wait / 60)} minutes and try again.`,
      );
      problem.headers['retry-after'] = String(wait);
      throw problem;
    }
    const done = await work();
    await limiter.succeeded(key, address);
    return done;
  }

  app.put(
    '/account/password',
    {
      schema: {
        body: PasswordChangeRequest,
        response: { 200: SessionResponse, ...refusals(400, 401, 403, 422) },
      },
    },
    async (request) => {
      const session = signedInOf(request);
      const mail = await withCurrentPassword(session.accountId, request.ip, () =>
        changePassword(app.db, session.accountId, request.body, app.now()),
      );
      // Every other device is signed out; this one, which knew the password, stays.
      await app.sessions.endAllOf(session.accountId, session.idHash);
      sendLater(app, [mail]);
      const answer = await view(session, app.now());
      if (!answer) throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
      return answer;
    },
  );

  app.post(
    '/account/email',
    {
      schema: {
        body: EmailChangeRequest,
        response: { 202: EmailChangeResponse, ...refusals(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const session = signedInOf(request);
      const district = await app.districts.byId(session.districtId);
      const mails = await withCurrentPassword(session.accountId, request.ip, () =>
        requestEmailChange(
          app.db,
          session.accountId,
          { ...request.body, portal: portalOf(request, district) },
          app.now(),
        ),
      );
      sendLater(app, mails);
      return reply.status(202).send({ pendingEmail: request.body.email.trim() });
    },
  );
};
