import { Type, type Static } from 'typebox';

/** Requests and answers of the account and sign-in routes. */

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
  }),
  students: Type.Array(SessionStudent),
  stayLoggedIn: Type.Boolean(),
  expiresAt: Type.String(),
});

export type ActivateRequest = Static<typeof ActivateRequest>;
export type ActivateResponse = Static<typeof ActivateResponse>;
export type SignInRequest = Static<typeof SignInRequest>;
export type SessionResponse = Static<typeof SessionResponse>;
