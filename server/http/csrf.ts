import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiProblem } from './errors.ts';
import { isSessionCookie } from './session-cookie.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery: the session cookie is SameSite=Strict, and on
 * top of that, for browsers or proxies that do not honour it:
 *
 * 1. An Origin header, when sent, must name this server's host. Browsers
 *    send it on every cross-origin write (and on sign-in forms), so a page
 *    elsewhere cannot post here with the guardian's cookie, nor sign a
 *    browser into another account.
 * 2. Every unsafe method that carries a session cookie must carry
 *    `X-Requested-With: portal`. A custom header cannot be sent cross-site
 *    without a CORS preflight, which this server never grants; the app
 *    sends it on every call.
 *
 * Chosen over synchronizer tokens because the app is offline-first: a write
 * queued in the outbox may be sent long after the page that made it, when a
 * token would be stale; a header costs no state and no round trip.
 */
export async function rejectCrossSiteWrites(
  request: FastifyRequest,
  _reply: FastifyReply,
): Promise<void> {
  if (safeMethods.has(request.method)) return;

  const origin = request.headers.origin;
  if (origin !== undefined && !sameHost(origin, request.host)) {
    throw new ApiProblem(
      403,
      'csrf_rejected',
      'This request came from another site and was refused.',
    );
  }
  const hasSession = Object.keys(request.cookies).some(isSessionCookie);
  if (hasSession && request.headers['x-requested-with'] !== 'portal') {
    throw new ApiProblem(
      403,
      'csrf_rejected',
      'Requests that change data need the header "X-Requested-With: portal".',
    );
  }
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
