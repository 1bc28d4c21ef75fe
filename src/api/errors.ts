import { Type, type Static } from 'typebox';
import { errorCodes, type ErrorCode } from './error-codes.ts';

/** The codes live in error-codes.ts (no TypeBox there, for the app's first chunk). */
export { errorCodes, type ErrorCode };

export const ApiError = Type.Object({
  code: Type.String(),
  message: Type.String(),
  /** For invalid_request: the field at fault, as a JSON pointer. */
  field: Type.Optional(Type.String()),
  /** Numbers for the app's own text of the refusal: for password_too_weak, minLength and minKinds. */
  params: Type.Optional(Type.Record(Type.String(), Type.Integer())),
});

export type ApiError = Static<typeof ApiError> & { code: ErrorCode };
