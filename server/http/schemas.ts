import { Type } from 'typebox';
import { ApiError } from '../../src/api/errors.ts';

/** The refusals a route can answer with, for its response schema. */
export function refusals<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, ApiError])) as {
    [K in S[number]]: typeof ApiError;
  };
}

/** For routes that take no query: an unknown key is a 400, not ignored. */
export const NoQuery = Type.Object({}, { additionalProperties: false });
