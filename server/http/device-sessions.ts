import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSessionId } from '../accounts/sessions.ts';
import { clearSessionCookie, sessionCookiesOf } from './session-cookie.ts';

/**
 * Ends every portal session whose cookie the device sent, in all
 * districts, and expires those cookies: a kiosk's sign-out, or a device
 * becoming a kiosk.
 */
export async function endDeviceSessions(
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  for (const [name, id] of sessionCookiesOf(request)) {
    if (id.length <= 64) await request.server.sessions.end(hashSessionId(id));
    clearSessionCookie(reply, name);
  }
}

/** Whether the device holds a live session under another cookie than `name`. */
export async function otherSessionsLive(
  request: FastifyRequest,
  name: string,
): Promise<boolean> {
  for (const [other, id] of sessionCookiesOf(request)) {
    if (other === name || id.length > 64) continue;
    if (await request.server.sessions.find(id)) return true;
  }
  return false;
}
