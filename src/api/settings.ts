import { Type, type Static } from 'typebox';
import { notificationKinds, type NotificationKind } from './notifications.ts';

/**
 * A guardian's settings, kept per account (so per district).
 *
 * Routes (signed in):
 *   GET /api/v1/settings   the settings, every field filled
 *   PUT /api/v1/settings   changes the fields given (others stay as they
 *                          are); needs an Idempotency-Key, as the app's
 *                          outbox may send it more than once; answers the
 *                          whole settings
 *
 * A PUT names only what the person changed, so a change queued offline on
 * one device does not undo another field changed elsewhere meanwhile.
 */

export const portalLanguages = ['en', 'es', 'zh-Hans', 'zh-Hant'] as const;
export type PortalLanguage = (typeof portalLanguages)[number];

/** The district's language for emails and push texts. */
export const communicationLanguages = ['en', 'es', 'pl', 'ru'] as const;
export type CommunicationLanguage = (typeof communicationLanguages)[number];

export const contactMessageTypes = [
  'emergency',
  'attendance',
  'behaviour',
  'general',
  'priority',
  'teacher',
] as const;
export type ContactMessageType = (typeof contactMessageTypes)[number];

export const PortalLanguage = Type.Enum(portalLanguages);
export const CommunicationLanguage = Type.Enum(communicationLanguages);

/** How the district may reach the guardian about one type of message. */
export const ContactChannels = Type.Object(
  { voice: Type.Boolean(), text: Type.Boolean(), email: Type.Boolean() },
  { additionalProperties: false },
);
export type ContactChannels = Static<typeof ContactChannels>;

const ContactPreferences = Type.Record(Type.Enum(contactMessageTypes), ContactChannels);
/** On or off for each notification kind (notificationKinds). */
const NotificationChoices = Type.Record(Type.Enum(notificationKinds), Type.Boolean());

/*
 * "A number or null" as one schema with a type list, not anyOf: the
 * server's validator coerces types, and under anyOf it would take 0 for
 * null ("never") instead of refusing it.
 */
const GradeBelowPercent = Type.Unsafe<number | null>({
  type: ['integer', 'null'], minimum: 1, maximum: 100,
});
const LowBalanceThresholdCents = Type.Unsafe<number | null>({
  type: ['integer', 'null'], minimum: 0, maximum: 100_000,
});
const PortalLanguageOrNone = Type.Unsafe<PortalLanguage | null>({
  enum: [...portalLanguages, null],
});

/** GET /api/v1/settings, and PUT's answer. */
export const Settings = Type.Object({
  /** The app's language; null until the guardian picks one (then the browser's). */
  portalLanguage: PortalLanguageOrNone,
  communicationLanguage: CommunicationLanguage,
  /** Every kind; a kind turned off raises no notification and no push. */
  notifications: NotificationChoices,
  /** Notify when a posted or running grade falls below this; null: never. */
  gradeBelowPercent: GradeBelowPercent,
  /** Notify when a food service balance falls below this; null: never. */
  lowBalanceThresholdCents: LowBalanceThresholdCents,
  contactPreferences: ContactPreferences,
});
export type Settings = Static<typeof Settings>;

/** PUT /api/v1/settings: only the fields that change; an unknown field is a 400. */
export const SettingsUpdate = Type.Object(
  {
    portalLanguage: Type.Optional(PortalLanguageOrNone),
    communicationLanguage: Type.Optional(CommunicationLanguage),
    notifications: Type.Optional(
      Type.Partial(NotificationChoices, { additionalProperties: false }),
    ),
    gradeBelowPercent: Type.Optional(GradeBelowPercent),
    lowBalanceThresholdCents: Type.Optional(LowBalanceThresholdCents),
    contactPreferences: Type.Optional(
      Type.Partial(ContactPreferences, { additionalProperties: false }),
    ),
  },
  { additionalProperties: false },
);
export type SettingsUpdate = Static<typeof SettingsUpdate>;

export type NotificationChoices = Record<NotificationKind, boolean>;
