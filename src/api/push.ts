import { Type, type Static } from 'typebox';

/** Web push: the server's VAPID key and the browser's subscription. */

export const PushKeyResponse = Type.Object({
  /** The application server key for PushManager.subscribe, base64url. */
  publicKey: Type.String(),
});

const Base64Url = (maxLength: number) =>
  Type.String({ pattern: '^[A-Za-z0-9_-]+={0,2}$', minLength: 1, maxLength });

/** PushSubscription.toJSON() as the browser gives it (expirationTime ignored). */
export const PushSubscriptionRequest = Type.Object({
  endpoint: Type.String({ minLength: 8, maxLength: 2048 }),
  expirationTime: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
  keys: Type.Object({ p256dh: Base64Url(200), auth: Base64Url(100) }),
});
export type PushSubscriptionRequest = Static<typeof PushSubscriptionRequest>;

export const PushUnsubscribeRequest = Type.Object({
  endpoint: Type.String({ minLength: 8, maxLength: 2048 }),
});

export const PushSubscribedResponse = Type.Object({ subscribed: Type.Boolean() });

/** What a push message carries; the service worker shows title and body. */
export const PushPayload = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
});
export type PushPayload = Static<typeof PushPayload>;
