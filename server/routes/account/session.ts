import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SessionResponse, SignInRequest } from '../../../src/api/account.ts';
import { checkSignIn } from '../../accounts/sign-in.ts';
import { sessionView } from '../../accounts/session-view.ts';
import { currentSession, requireGuardian, signedInOf } from '../../http/authentication.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { ApiProblem } from '../../http/errors.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';

/** Sign in (POST), who is signed in (GET), sign out (DELETE). */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const view = sessionView(app.db);

  app.post(
    '/session',
    {
      schema: {
        body: SignInRequest,
        response: { 200: SessionResponse, ...refusals(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { username, password, district } = request.body;
      const stayLoggedIn = request.body.stayLoggedIn ?? false;
      const accountId = await checkSignIn(app.db, app.signInLimiter, {
        username,
        password,
        district,
        address: request.ip,
      });

      // A new id at every sign-in: an id planted before sign-in is useless.
      const previous = await currentSession(request);
      if (previous) await app.sessions.end(previous.idHash);
      const id = await app.sessions.start(accountId, stayLoggedIn);
      const session = await app.sessions.find(id);
      const answer = session && (await view(session, app.now()));
      if (!answer) throw new Error('A session just started was not found');
      setSessionCookie(reply, id, stayLoggedIn);
      return answer;
    },
  );

  app.get(
    '/session',
    {
      onRequest: requireGuardian,
      schema: {
        querystring: NoQuery,
        response: { 200: SessionResponse, ...refusals(400, 401) },
      },
    },
    async (request) => {
      const answer = await view(signedInOf(request), app.now());
      if (!answer) throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
      return answer;
    },
  );

  app.delete(
    '/session',
    { schema: { response: { 204: Type.Null(), ...refusals(403) } } },
    async (request, reply) => {
      const session = await currentSession(request);
      if (session) await app.sessions.end(session.idHash);
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );
};
