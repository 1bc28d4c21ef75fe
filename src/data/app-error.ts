import type { ErrorCode } from '../api/errors.ts';

/**
 * Codes of everything that can go wrong for the user: the API's codes plus
 * the device's own. Messages live in one catalogue, locales/<lng>/errors.json.
 */
export type AppErrorCode =
  | ErrorCode
  | 'network_unavailable'
  | 'storage_unavailable'
  | 'storage_full'
  | 'sync_invalid_response'
  | 'fields_required'
  | 'passwords_differ'
  | 'unexpected';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string = code,
    readonly field?: string,
    /** Numbers the server gave for the message (a password's rules). */
    readonly params?: Record<string, number>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

const quotaNames = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Maps anything thrown to an AppError, recognising a full disk. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof Error || error instanceof DOMException) {
    const inner = (error as { inner?: unknown }).inner;
    if (quotaNames.has(error.name)) return new AppError('storage_full', error.message);
    if (inner instanceof Error && quotaNames.has(inner.name)) {
      return new AppError('storage_full', inner.message);
    }
    if (['MissingAPIError', 'InvalidStateError', 'OpenFailedError'].includes(error.name)) {
      return new AppError('storage_unavailable', error.message);
    }
    return new AppError('unexpected', error.message);
  }
  return new AppError('unexpected', String(error));
}
