import { Type, type Static } from 'typebox';

/** The notification bell: a guardian's notifications, newest first. */

export const notificationKinds = [
  'absence_request_processed',
  'score',
  'grade_posted',
  'grade_below',
  'attendance',
  'announcement',
  'payment_succeeded',
  'payment_failed',
  'recurring_payment_run',
  'low_food_balance',
  'meal_application_processed',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const Notification = Type.Object({
  id: Type.Integer(),
  /** One of notificationKinds; the app writes the text from kind and params. */
  kind: Type.String(),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Null()])),
  /** The server's text, in English, as sent in push messages. */
  title: Type.String(),
  body: Type.String(),
  /** The app's page it is about, such as /students/12/grades; null for none. */
  link: Type.Union([Type.String(), Type.Null()]),
  read: Type.Boolean(),
  createdAt: Type.String(),
  /** When it is deleted: 2:00 AM district time on its 30th day. */
  expiresAt: Type.String(),
});
export type Notification = Static<typeof Notification>;

export const NotificationsQuery = Type.Object(
  {
    /** Only those older than this id (the next page). */
    before: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,9}$' })),
    limit: Type.Optional(Type.String({ pattern: '^[1-9]\\d{0,2}$' })),
  },
  { additionalProperties: false },
);

export const NotificationsResponse = Type.Object({
  notifications: Type.Array(Notification),
});

export const UnreadCountResponse = Type.Object({ count: Type.Integer() });

export const NotificationParams = Type.Object({
  id: Type.String({ pattern: '^[1-9]\\d{0,9}$' }),
});

export const MarkReadResponse = Type.Object({ id: Type.Integer(), read: Type.Boolean() });
export const MarkAllReadResponse = Type.Object({ marked: Type.Integer() });
