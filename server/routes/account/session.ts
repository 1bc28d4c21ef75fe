import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { SessionResponse, SignInRequest } from '../../../src/api/account.ts';
import { checkSignIn } from '../../accounts/sign-in.ts';
import { sessionView } from '../../accounts/session-view.ts';
import { currentSession, requireGuardian, signedInOf } from '../../http/authentication.ts';
import { endDeviceSessions, otherSessionsLive } from '../../http/device-sessions.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { ApiProblem } from '../../http/errors.ts';
import { districtOfRequest } from '../../http/request-district.ts';
import {
  clearSessionCookie,
  sessionCookieNameFor,
  setSessionCookie,
} from '../../http/session-cookie.ts';
import { kioskOf } from '../../kiosk/devices.ts';

/** Sign in (POST), who is signed in (GET), sign out (DELETE). */
export const sessionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const view = sessionView(app.db, app.districts);

  app.post(
    '/session',
    {
      schema: {
        body: SignInRequest,
        response: { 200: SessionResponse, ...refusals(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const stayLoggedIn = request.body.stayLoggedIn ?? false;
      const named = await districtOfRequest(request);
      if (named && request.body.district !== undefined && request.body.district !== named.id) {
        throw new ApiProblem(
          400,
          'invalid_request',
          'X-District and the district in the body name two districts.',
          '/district',
        );
      }
      const kiosk = await kioskOf(request);
      if (kiosk && stayLoggedIn) {
        throw new ApiProblem(
          400,
          'kiosk_no_stay_logged_in',
          'This device is a kiosk: "stay logged in" is not offered here.',
          '/stayLoggedIn',
        );
      }
      const accountId = await checkSignIn(app.db, app.signInLimiter, {
        username,
        password,
        district: named?.id ?? request.body.district,
        address: request.ip,
      });

      // A new id at every sign-in: an id planted before sign-in is useless.
      const previous = await currentSession(request);
      if (previous) await app.sessions.end(previous.idHash);
      const id = await app.sessions.start(accountId, {
        stayLoggedIn,
        kiosk: kiosk ? { idleSeconds: kiosk.idleSeconds } : undefined,
      });
      const session = await app.sessions.find(id);
      const answer = session && (await view(session, app.now()));
      if (!answer) throw new Error('A session just started was not found');
      setSessionCookie(reply, id, stayLoggedIn, sessionCookieNameFor(named?.slug));
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

  /**
   * Sign-out. On a kiosk every session of the device ends (all districts)
   * and the browser is told to wipe caches and storage; elsewhere storage
   * is wiped only when no other district stays signed in, since it holds
   * that district's data and outbox too. Never "cookies": that would drop
   * the kiosk cookie (src/api/kiosk.ts); session cookies are expired by name.
   */
  app.delete(
    '/session',
    { schema: { response: { 204: Type.Null(), ...refusals(400, 403) } } },
    async (request, reply) => {
      const name = sessionCookieNameFor((await districtOfRequest(request))?.slug);
      const kiosk = await kioskOf(request);
      if (kiosk) {
        await endDeviceSessions(request, reply);
      } else {
        const session = await currentSession(request);
        if (session) await app.sessions.end(session.idHash);
        clearSessionCookie(reply, name);
      }
      const wipeStorage = kiosk !== null || !(await otherSessionsLive(request, name));
      reply.header('clear-site-data', wipeStorage ? '"cache", "storage"' : '"cache"');
      return reply.status(204).send(null);
    },
  );
};
