/**
 * One write waiting in the device's outbox. Its idempotency key is made
 * once, when the write is stored, and goes with every try, so the server
 * does the work at most once however often the device retries.
 */
export type OutboxState = 'waiting' | 'sending' | 'failed' | 'sent';

/** What the write does; the sender applies the server's answer by kind. */
export type OutboxKind =
  | 'absence-request.create'
  | 'absence-request.cancel'
  | 'notification.read'
  | 'notification.read-all'
  | 'meal-application.create'
  | 'checkout'
  | 'payment-method.delete'
  | 'recurring-payment.create'
  | 'recurring-payment.update'
  | 'recurring-payment.delete'
  | 'settings.update';

export interface OutboxFailure {
  /** The server's error code (translated by the app), or the HTTP status. */
  code: string;
  status: number;
  /** The field at fault, as a JSON pointer, when the server names one. */
  field?: string;
}

export interface OutboxEntry {
  /** The Idempotency-Key: crypto.randomUUID(), the entry's primary key. */
  key: string;
  kind: OutboxKind;
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Same-origin API path, e.g. /api/v1/absence-requests. */
  path: string;
  body: unknown;
  /** Device clock, ms. */
  createdAt: number;
  state: OutboxState;
  /** Tries that reached no answer (network error or 5xx). */
  attempts: number;
  /** Not before this time (ms) unless the network just came back. */
  nextAttemptAt: number;
  /** While `sending`: when it was claimed, to recover a sender that died. */
  claimedAt?: number;
  /** Why a try did not get through (kept while waiting, for the record). */
  lastError?: string;
  /** `failed`: the server's refusal, shown to the person. */
  failure?: OutboxFailure;
  /** `sent`: the server's answer (its record), kept briefly for the page. */
  result?: unknown;
  sentAt?: number;
}

/** Waits between tries with no answer: 5 s, 30 s, 2 min, then every 10 min. */
export const retryDelaysMs = [5_000, 30_000, 120_000, 600_000] as const;

/** A `sending` claim older than this belongs to a sender that went away. */
export const staleClaimMs = 60_000;

/** How long a sent entry stays so the page can show the server's record. */
export const keepSentMs = 30_000;

export function retryDelay(attempts: number): number {
  const index = Math.min(Math.max(attempts - 1, 0), retryDelaysMs.length - 1);
  return retryDelaysMs[index] ?? 600_000;
}

/** The Background Sync tag the page registers and the service worker answers. */
export const outboxSyncTag = 'portal-outbox';
