import { Type, type Static } from 'typebox';

/**
 * The district directory and which district a request is for.
 *
 * Routes:
 *   GET /api/v1/districts?q=&state=   public: districts matching a part of
 *                                     their name and their state (either
 *                                     may be left out), by name
 *
 * Several districts on one server: every API request of the app says which
 * district it is for with the header `X-District: <slug>`. The session
 * cookie is then that district's own (`portal_session_<slug>`), so a
 * browser holds one sign-in per district side by side, and a session of one
 * district is never taken for another's. A request without the header is
 * for the server's default district (its only one, or the one the server
 * names) and uses the cookie `portal_session`, as before districts had
 * slugs. An unknown slug is a 400 `district_unknown`; the slug of a
 * directory entry hosted on another server is a 400 `district_not_hosted`.
 */

/** The header naming the district a request is for. */
export const districtHeader = 'x-district';

/** A district's short name in headers, cookies and links: `cedar-hollow`. */
export const districtSlugPattern = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const DistrictSlug = Type.String({
  pattern: districtSlugPattern,
  minLength: 1,
  maxLength: 40,
});

export const DistrictsQuery = Type.Object(
  {
    /** A part of the district's name, any case; at most 100 characters. */
    q: Type.Optional(Type.String({ maxLength: 100 })),
    /** The state's full name ("Illinois") or its two-letter code ("IL"). */
    state: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type DistrictsQuery = Static<typeof DistrictsQuery>;

export const DirectoryDistrict = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  /** The state's full name, as the district gave it. */
  state: Type.String(),
  /**
   * True when this server holds the district: the app signs in to it here,
   * with `X-District: <slug>`, side by side with the others.
   */
  hosted: Type.Boolean(),
  /**
   * The district's portal (base URL) when it is on another server: the app
   * shows a link to open it there (no sessions across origins). Null for a
   * district hosted here.
   */
  portalAddress: Type.Union([Type.String(), Type.Null()]),
});
export type DirectoryDistrict = Static<typeof DirectoryDistrict>;

/** GET /api/v1/districts: at most 50 matches, hosted ones first, by name. */
export const DistrictsResponse = Type.Object({
  districts: Type.Array(DirectoryDistrict),
  /**
   * The slug of the district that requests without `X-District` are for;
   * null when the server holds several and names none.
   */
  defaultDistrict: Type.Union([Type.String(), Type.Null()]),
});
export type DistrictsResponse = Static<typeof DistrictsResponse>;
