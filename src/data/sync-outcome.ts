import type { AppErrorCode } from './app-error.ts';
import type { SyncResult } from './sync.ts';

/** A sync run's result as it crosses from the worker to the page. */
export type SyncOutcome =
  | ({ ok: true } & SyncResult)
  | { ok: false; code: AppErrorCode; aborted?: boolean };
