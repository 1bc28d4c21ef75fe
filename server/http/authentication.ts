import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SignedIn } from '../accounts/sessions.ts';
import { ApiProblem } from './errors.ts';
import { sessionCookieName } from './session-cookie.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by `requireGuardian`; null on routes that do not ask for it. */
    signedIn: SignedIn | null;
  }
}

/** The session of the request's cookie, or null. */
export async function currentSession(
  request: FastifyRequest,
): Promise<SignedIn | null> {
  const id = request.cookies[sessionCookieName];
  if (!id || id.length > 64) return null;
  return request.server.sessions.find(id);
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
