import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../accounts/sessions.ts';
import { ApiProblem } from './errors.ts';
import { districtOfRequest } from './request-district.ts';
import { sessionCookieNameFor } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireGuardian`; null on routes that do not ask for it. */
    signedIn: SignedIn | null;
  }
}

/**
 * The session of the request's cookie, or null: with X-District, that
 * district's cookie, and only a session of that district (a cookie moved
 * to another district's name is worth nothing); without it, the
 * single-district cookie.
 */
export async function currentSession(
  request: FastifyRequest,
): Promise<SignedIn | null> {
  const district = await districtOfRequest(request);
  const id = request.cookies[sessionCookieNameFor(district?.slug)];
  if (!id || id.length > 64) return null;
  const session = await request.server.sessions.find(id);
  if (session && district && session.districtId !== district.id) return null;
  return session;
}

/**
 * onRequest hook for every route of a signed-in guardian: 401 without a
 * live session, else `request.signedIn` is set. Routes still check that a
 * student asked about is linked to `request.signedIn.guardianId`.
 */
export async function requireGuardian(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  const session = await currentSession(request);
  if (!session) {
    throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
  }
  request.signedIn = session;
}

/** The signed-in guardian of a route behind `requireGuardian`. */
export function signedInOf(request: FastifyRequest): SignedIn {
  if (!request.signedIn) {
    throw new ApiProblem(401, 'not_signed_in', 'Please sign in.');
  }
  return request.signedIn;
}
