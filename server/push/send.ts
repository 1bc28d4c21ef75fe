import type { Agent } from 'node:https';
import webpush from 'web-push';
import type { PushPayload } from '../../src/api/push.ts';
import type { PortalDb } from '../db/database.ts';
import { payloadJson } from './payload.ts';
import { ensureVapidKeys } from './vapid.ts';

export interface PushOptions {
  now: Date;
  /** The TLS agent for the push services (tests trust their local one). */
  agent?: Agent;
  /** Who runs this server, for the push services: mailto: or https: URL. */
  subject?: string;
}

export interface PushResult {
  sent: number;
  /** Subscriptions the push service no longer knows (404 or 410), deleted. */
  removed: number;
  failed: number;
}

const defaultSubject = process.env.PORTAL_PUSH_SUBJECT ?? 'mailto:it@portal.invalid';
/** A push waits a day at most: a notification older than that is stale news. */
const timeToLiveSeconds = 24 * 3600;

/**
 * Sends a payload to every browser where the guardian stays logged in and
 * allowed pushes. Nothing of the endpoint or the payload is logged: the
 * endpoint is a capability, the payload is about a student.
 */
export async function pushToGuardian(
  db: PortalDb,
  guardianId: number,
  payload: PushPayload,
  options: PushOptions,
): Promise<PushResult> {
  const subscriptions = await db
    .selectFrom('pushSubscription as p')
    .innerJoin('account as a', 'a.id', 'p.accountId')
    .innerJoin('loginSession as s', 's.idHash', 'p.sessionIdHash')
    .select(['p.id', 'p.endpoint', 'p.p256dh', 'p.auth'])
    .where('a.guardianId', '=', guardianId)
    .where('s.stayLoggedIn', '=', 1)
    .where('s.expiresAt', '>', options.now.toISOString())
    .execute();
  const result: PushResult = { sent: 0, removed: 0, failed: 0 };
  if (subscriptions.length === 0) return result;

  const vapid = await ensureVapidKeys(db);
  const body = payloadJson(payload);
  for (const subscription of subscriptions) {
    try {
      await webpush.sendNotification(
        {
          endpoint: subscription.endpoint,
          keys: { p256dh: subscription.p256dh, auth: subscription.auth },
        },
        body,
        {
          vapidDetails: { subject: options.subject ?? defaultSubject, ...vapid },
          TTL: timeToLiveSeconds,
          // School news is worth a wake-up, not a battery drain: normal.
          urgency: 'normal',
          timeout: 10_000,
          ...(options.agent ? { agent: options.agent } : {}),
        },
      );
      result.sent += 1;
    } catch (error) {
      if (isGone(error)) {
        await db.deleteFrom('pushSubscription').where('id', '=', subscription.id).execute();
        result.removed += 1;
      } else {
        result.failed += 1;
      }
    }
  }
  return result;
}

function isGone(error: unknown): boolean {
  return (
    error instanceof webpush.WebPushError &&
    (error.statusCode === 404 || error.statusCode === 410)
  );
}
