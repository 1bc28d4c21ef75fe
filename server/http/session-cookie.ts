import type { FastifyReply } from 'fastify';
import { lifetimeOf } from '../accounts/session-lifetimes.ts';

export const sessionCookieName = 'portal_session';

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it), Path=/. Without "stay logged in" it is a browser-session
 * cookie (no Max-Age); with it, it lasts the absolute lifetime.
 */
export function setSessionCookie(
  reply: FastifyReply,
  id: string,
  stayLoggedIn: boolean,
): void {
  reply.setCookie(sessionCookieName, id, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
    ...(stayLoggedIn
      ? { maxAge: Math.floor(lifetimeOf(true).absoluteMs / 1000) }
      : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
  });
}
