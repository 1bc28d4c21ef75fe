import { Type, type Static } from 'typebox';
import { DistrictSlug } from './districts.ts';

/**
 * Requests and answers of the account and sign-in routes.
 *
 * Routes (all take the `X-District: <slug>` header; see districts.ts):
 *   POST   /api/v1/account/activate          activation key -> account (201)
 *   POST   /api/v1/session                   sign in (sets the district's cookie)
 *   GET    /api/v1/session                   who is signed in
 *   DELETE /api/v1/session                   sign out (204, with Clear-Site-Data)
 *   POST   /api/v1/password-reset            {district?, username | email}: mails
 *                                            a reset link; always 202
 *   POST   /api/v1/password-reset/complete   {token, password}: new password,
 *                                            every session of the account ends
 *   POST   /api/v1/username-reminder         {district?, email}: mails the
 *                                            usernames; always 202
 *   PUT    /api/v1/account/password          signed in, Idempotency-Key:
 *                                            {currentPassword, newPassword};
 *                                            ends every other session of the
 *                                            account; this one stays (its push
 *                                            subscription too) and is answered
 *   POST   /api/v1/account/email             signed in, Idempotency-Key:
 *                                            {currentPassword, email}: mails a
 *                                            confirmation link to the new
 *                                            address (202); the email changes
 *                                            when the link is used
 *   POST   /api/v1/account/email/confirm     {token}: the link's page calls it
 *                                            (no session needed)
 *
 * Links in the emails: `/reset-password?token=...` (once, within an hour)
 * and `/confirm-email?token=...` (once, within 24 hours), on the district's
 * portal address. Emails are written in the account's communication
 * language. The three public routes are rate limited like sign-in (per
 * address and per name asked about; 429 too_many_attempts with Retry-After).
 *
 * Sign-out's Clear-Site-Data: `"cache", "storage"` on a kiosk, or when no
 * other district of this server stays signed in on the device; `"cache"`
 * alone while another district's session goes on (wiping storage would
 * drop that district's data and its outbox). Never `"cookies"`: the
 * session cookies are expired by name instead (see kiosk.ts for why).
 */

export const ActivateRequest = Type.Object({
  activationKey: Type.String({ minLength: 1, maxLength: 100 }),
  username: Type.String({ minLength: 3, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  email: Type.String({ minLength: 3, maxLength: 254 }),
});

export const SignInRequest = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 64 }),
  password: Type.String({ minLength: 1, maxLength: 256 }),
  stayLoggedIn: Type.Optional(Type.Boolean()),
  /**
   * The district's id: usernames are unique per district only. May be left
   * out when the server holds a single district.
   */
  district: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 ** 31 - 1 })),
});

/** POST /api/v1/account/activate's answer (201). */
export const ActivateResponse = Type.Object({
  username: Type.String(),
  districtId: Type.Integer(),
});

export const SessionStudent = Type.Object({
  id: Type.Integer(),
  firstName: Type.String(),
  lastName: Type.String(),
  preferredName: Type.Union([Type.String(), Type.Null()]),
  relation: Type.String(),
});

/** GET /api/v1/session: who is signed in, in which district. */
export const SessionResponse = Type.Object({
  guardian: Type.Object({
    id: Type.Integer(),
    firstName: Type.String(),
    lastName: Type.String(),
  }),
  account: Type.Object({
    username: Type.String(),
    email: Type.String(),
  }),
  district: Type.Object({
    id: Type.Integer(),
    name: Type.String(),
    state: Type.String(),
    timeZone: Type.String(),
    /** The district's slug, for `X-District` (always sent by this server). */
    slug: Type.Optional(Type.String()),
  }),
  students: Type.Array(SessionStudent),
  stayLoggedIn: Type.Boolean(),
  expiresAt: Type.String(),
  /** True when the device is a kiosk (always sent by this server). */
  kiosk: Type.Optional(Type.Boolean()),
  /**
   * Seconds without a request before the session ends (always sent): on a
   * kiosk the district's kiosk idle time, for the app's idle timer.
   */
  idleSeconds: Type.Optional(Type.Integer()),
});

/** A username or an email address, for the forgotten-password form. */
export const PasswordResetRequest = Type.Object(
  {
    /** Else the X-District header, else the server's default district. */
    district: Type.Optional(DistrictSlug),
    username: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    email: Type.Optional(Type.String({ minLength: 3, maxLength: 254 })),
  },
  { additionalProperties: false },
);

/** The same answer (202) whether or not an account matched. */
export const AcceptedResponse = Type.Object({ accepted: Type.Literal(true) });

export const PasswordResetComplete = Type.Object(
  {
    token: Type.String({ minLength: 16, maxLength: 200 }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

/** The account whose password was set, so the app can offer its sign-in. */
export const PasswordResetCompleteResponse = Type.Object({
  username: Type.String(),
  district: Type.String(),
});

export const UsernameReminderRequest = Type.Object(
  {
    district: Type.Optional(DistrictSlug),
    email: Type.String({ minLength: 3, maxLength: 254 }),
  },
  { additionalProperties: false },
);

/** PUT /api/v1/account/password; answers SessionResponse (this device stays signed in). */
export const PasswordChangeRequest = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    newPassword: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
);

export const EmailChangeRequest = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
    email: Type.String({ minLength: 3, maxLength: 254 }),
  },
  { additionalProperties: false },
);

/** POST /api/v1/account/email (202): the address the link was sent to. */
export const EmailChangeResponse = Type.Object({ pendingEmail: Type.String() });

export const EmailConfirmRequest = Type.Object(
  { token: Type.String({ minLength: 16, maxLength: 200 }) },
  { additionalProperties: false },
);

/** The account's email address now, and its district. */
export const EmailConfirmResponse = Type.Object({
  email: Type.String(),
  district: Type.String(),
});

export type ActivateRequest = Static<typeof ActivateRequest>;
export type ActivateResponse = Static<typeof ActivateResponse>;
export type SignInRequest = Static<typeof SignInRequest>;
export type SessionResponse = Static<typeof SessionResponse>;
export type PasswordResetRequest = Static<typeof PasswordResetRequest>;
export type PasswordResetComplete = Static<typeof PasswordResetComplete>;
export type PasswordResetCompleteResponse = Static<typeof PasswordResetCompleteResponse>;
export type UsernameReminderRequest = Static<typeof UsernameReminderRequest>;
export type PasswordChangeRequest = Static<typeof PasswordChangeRequest>;
export type EmailChangeRequest = Static<typeof EmailChangeRequest>;
export type EmailChangeResponse = Static<typeof EmailChangeResponse>;
export type EmailConfirmRequest = Static<typeof EmailConfirmRequest>;
export type EmailConfirmResponse = Static<typeof EmailConfirmResponse>;
