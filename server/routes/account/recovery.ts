import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptedResponse,
  EmailConfirmRequest,
  EmailConfirmResponse,
  PasswordResetComplete,
  PasswordResetCompleteResponse,
  PasswordResetRequest,
  UsernameReminderRequest,
} from '../../../src/api/account.ts';
import { confirmEmailChange } from '../../accounts/account-changes.ts';
import {
  completePasswordReset,
  mailPasswordResets,
  mailUsernames,
} from '../../accounts/recovery.ts';
import { SignInLimiter } from '../../accounts/sign-in-limiter.ts';
import { ApiProblem } from '../../http/errors.ts';
import { districtAsked } from '../../http/request-district.ts';
import { refusals } from '../../http/schemas.ts';
import { afterAnswer, portalOf, sendLater } from './later.ts';

/**
 * Getting back into an account without signing in: a reset link for a
 * forgotten password, the usernames for an email, and the links' own
 * routes. Each is limited like sign-in: 5 per name asked about and 20 per
 * address in 15 minutes.
 */
export const recoveryRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const limiter = new SignInLimiter();

  async function limit(key: string, address: string) {
    const wait = await limiter.attempt(key, address);
    if (wait > 0) {
      const problem = new ApiProblem(
        429,
        'too_many_attempts',
        `Too many tries. Please wait ${Math.ceil(wait / 60)} minutes and try again.`,
      );
      problem.headers['retry-after'] = String(wait);
      throw problem;
    }
  }
  const accepted = { accepted: true } as const;

  app.post(
    '/password-reset',
    {
      schema: {
        body: PasswordResetRequest,
        response: { 202: AcceptedResponse, ...refusals(400, 403, 429) },
      },
    },
    async (request, reply) => {
      const { username, email } = request.body;
      if (!username && !email) {
        throw new ApiProblem(400, 'invalid_request', 'Give a username or an email address.', '/username');
      }
      const district = await districtAsked(request, request.body.district);
      const asked = (username ?? email ?? '').trim().toLowerCase();
      await limit(`reset:${district.id}:${asked}`, request.ip);
      const portal = portalOf(request, district);
      const now = app.now();
      afterAnswer(app, 'password reset', () =>
        mailPasswordResets(app.db, (mail) => app.mailer.send(mail), {
          district, username, email, portal, now,
        }),
      );
      return reply.status(202).send(accepted);
    },
  );

  app.post(
    '/username-reminder',
    {
      schema: {
        body: UsernameReminderRequest,
        response: { 202: AcceptedResponse, ...refusals(400, 403, 429) },
      },
    },
    async (request, reply) => {
      const district = await districtAsked(request, request.body.district);
      const email = request.body.email;
      await limit(`reminder:${district.id}:${email.trim().toLowerCase()}`, request.ip);
      afterAnswer(app, 'username reminder', () =>
        mailUsernames(app.db, (mail) => app.mailer.send(mail), { district, email }),
      );
      return reply.status(202).send(accepted);
    },
  );

  app.post(
    '/password-reset/complete',
    {
      schema: {
        body: PasswordResetComplete,
        response: { 200: PasswordResetCompleteResponse, ...refusals(400, 403, 429) },
      },
    },
    async (request) => {
      const key = `reset-link:${request.ip}`;
      await limit(key, request.ip);
      const done = await completePasswordReset(
        app.db,
        request.body.token,
        request.body.password,
        app.now(),
      );
      await limiter.succeeded(key, request.ip);
      // Whoever knew the old password is signed out everywhere.
      await app.sessions.endAllOf(done.accountId);
      sendLater(app, [done.mail]);
      const district = await app.districts.byId(done.districtId);
      return { username: done.username, district: district?.slug ?? String(done.districtId) };
    },
  );

  app.post(
    '/account/email/confirm',
    {
      schema: {
        body: EmailConfirmRequest,
        response: { 200: EmailConfirmResponse, ...refusals(400, 403, 429) },
      },
    },
    async (request) => {
      const key = `email-link:${request.ip}`;
      await limit(key, request.ip);
      const confirmed = await confirmEmailChange(app.db, request.body.token, app.now());
      await limiter.succeeded(key, request.ip);
      return confirmed;
    },
  );
};
