import type { FastifyReply, FastifyRequest } from 'fastify';
import { lifetimeOf } from '../accounts/session-lifetimes.ts';

/** The cookie of requests without X-District (a single district). */
export const sessionCookieName = 'portal_session';

/**
 * Each district's own session cookie (`portal_session_<slug>`), so one
 * browser holds a sign-in per district side by side; without a slug the
 * single-district name, as before districts had slugs.
 */
export function sessionCookieNameFor(slug: string | undefined): string {
  return slug ? `${sessionCookieName}_${slug}` : sessionCookieName;
}

/** Whether a cookie is one of the portal's session cookies. */
export function isSessionCookie(name: string): boolean {
  return name === sessionCookieName || name.startsWith(`${sessionCookieName}_`);
}

/** The session cookies a request carries, by name. */
export function sessionCookiesOf(request: FastifyRequest): Array<[string, string]> {
  return Object.entries(request.cookies).filter(
    (entry): entry is [string, string] => isSessionCookie(entry[0]) && entry[1] !== undefined,
  );
}

/**
 * HttpOnly (no script reads it), SameSite=Strict (no other site's page
 * sends it), Path=/. Without "stay logged in" it is a browser-session
 * cookie (no Max-Age); with it, it lasts the absolute lifetime.
 */
export function setSessionCookie(
  reply: FastifyReply,
  id: string,
  stayLoggedIn: boolean,
  name = sessionCookieName,
): void {
  reply.setCookie(name, id, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
    ...(stayLoggedIn
      ? { maxAge: Math.floor(lifetimeOf(true).absoluteMs / 1000) }
      : {}),
  });
}

export function clearSessionCookie(reply: FastifyReply, name = sessionCookieName): void {
  reply.clearCookie(name, {
    httpOnly: true,
    secure: reply.server.secureCookies,
    sameSite: 'strict',
    path: '/',
  });
}
