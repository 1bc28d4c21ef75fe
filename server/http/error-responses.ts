import { ApiError } from '../../src/api/errors.ts';

/** The refusals a route can answer with, for its response schema. */
export function refusals<const S extends readonly number[]>(...statuses: S) {
  return Object.fromEntries(statuses.map((status) => [status, ApiError])) as {
    [K in S[number]]: typeof ApiError;
  };
}

/** Ids in paths and queries: positive, and small enough for SQLite. */
export const idRange = { minimum: 1, maximum: Number.MAX_SAFE_INTEGER } as const;
