import type { PushSubscriptionRequest } from '../../src/api/push.ts';
import type { SignedIn } from '../accounts/sessions.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

/**
 * Keeps a browser's subscription under its login session. Only sessions
 * that stay logged in get pushes: on a shared computer a browser-session
 * sign-in must not go on receiving a family's news after it is closed.
 * An endpoint subscribed again moves to the new session.
 */
export async function subscribe(
  db: PortalDb,
  signedIn: SignedIn,
  subscription: PushSubscriptionRequest,
  now: Date,
): Promise<void> {
  if (!signedIn.stayLoggedIn) {
    throw new ApiProblem(
      403,
      'push_needs_stay_logged_in',
      'Notifications on this device need "Stay logged in" at sign-in.',
    );
  }
  if (!isPushEndpoint(subscription.endpoint)) {
    throw new ApiProblem(
      400,
      'push_endpoint_invalid',
      'The push endpoint must be an https address.',
      '/endpoint',
    );
  }
  const row = {
    accountId: signedIn.accountId,
    sessionIdHash: signedIn.idHash,
    endpoint: subscription.endpoint,
    p256dh: subscription.keys.p256dh,
    auth: subscription.keys.auth,
    createdAt: now.toISOString(),
  };
  await db
    .insertInto('pushSubscription')
    .values(row)
    .onConflict((conflict) => conflict.column('endpoint').doUpdateSet(row))
    .execute();
}

/** Removes the account's subscription for an endpoint; answers whether there was one. */
export async function unsubscribe(db: PortalDb, accountId: number, endpoint: string) {
  const result = await db
    .deleteFrom('pushSubscription')
    .where('accountId', '=', accountId)
    .where('endpoint', '=', endpoint)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

function isPushEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}
