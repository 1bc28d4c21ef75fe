import { Type, type Static } from 'typebox';
import { DistrictSlug } from './districts.ts';

/**
 * Kiosk mode: a shared tablet in a school office.
 *
 * Routes (public, no session needed; writes need `X-Requested-With: portal`
 * when a session cookie is present, like every write):
 *   GET  /api/v1/kiosk          is this device a kiosk? (from its cookie)
 *   POST /api/v1/kiosk          {code, district?}: staff make the device a
 *                               kiosk with the district's staff code (from
 *                               `npm run admin -- kiosk-code`); sets the
 *                               HttpOnly cookie `portal_kiosk` (400 days)
 *   POST /api/v1/kiosk/leave    {code}: staff turn kiosk mode off again
 *
 * The district of POST /kiosk: `district` in the body, else the
 * `X-District` header, else the server's default district. Wrong codes are
 * rate limited like sign-ins (429 too_many_attempts).
 *
 * On a kiosk the server:
 * - refuses "stay logged in" at sign-in (400 kiosk_no_stay_logged_in), so
 *   push is refused too (it needs "stay logged in");
 * - gives each session the district's kiosk idle time (default 180 s),
 *   reported as `idleSeconds` and `kiosk: true` in the session answer;
 * - answers sign-out (DELETE /api/v1/session) by ending every portal
 *   session of the device (all districts), expiring their cookies, and
 *   `Clear-Site-Data: "cache", "storage"`.
 *
 * Why not "cookies" in Clear-Site-Data: it would also delete `portal_kiosk`,
 * and nothing on the device could set it again (storage is wiped too), so
 * the device would quietly stop being a kiosk after the first family. The
 * portal's only cookies are its own HttpOnly ones: the session cookies are
 * expired by name in the same answer, and the kiosk cookie, which holds no
 * family's data, stays.
 */

export const KioskStatus = Type.Object({
  kiosk: Type.Boolean(),
  /** The district whose staff made the device a kiosk; null when not a kiosk. */
  district: Type.Union([
    Type.Object({ slug: Type.String(), name: Type.String() }),
    Type.Null(),
  ]),
  /**
   * Idle seconds before a kiosk session ends (the district's setting); the
   * app warns 30 seconds before. Null when not a kiosk.
   */
  idleSeconds: Type.Union([Type.Integer(), Type.Null()]),
});
export type KioskStatus = Static<typeof KioskStatus>;

/** The staff code: letters and digits, any case; spaces and dashes ignored. */
const KioskCode = Type.String({ minLength: 4, maxLength: 40 });

export const KioskStartRequest = Type.Object(
  { code: KioskCode, district: Type.Optional(DistrictSlug) },
  { additionalProperties: false },
);
export type KioskStartRequest = Static<typeof KioskStartRequest>;

export const KioskLeaveRequest = Type.Object(
  { code: KioskCode },
  { additionalProperties: false },
);
export type KioskLeaveRequest = Static<typeof KioskLeaveRequest>;
