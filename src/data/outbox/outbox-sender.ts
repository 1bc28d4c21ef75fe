import { isPaymentRefusal, returnRefusedCheckout } from '../checkout-refusal.ts';
import { districtHeaders } from '../current-district.ts';
import { districtOfDbName, type PortalDb } from '../db.ts';
import { retryDelay, type OutboxEntry, type OutboxFailure } from './outbox-entry.ts';
import {
  claimEntry,
  markFailed,
  releaseForRetry,
  tidyOutbox,
  waitingEntries,
} from './outbox-store.ts';
import { applyResult } from './outbox-results.ts';

/**
 * Sends the outbox. The same module runs in the page and in the service
 * worker (its `sync` event): no DOM here, only fetch and IndexedDB.
 */
export interface FlushOptions {
  /** Ignore the back-off: the network just came back, or the app opened. */
  force?: boolean;
  fetch?: typeof fetch;
  now?: () => number;
}

export interface FlushReport {
  sent: number;
  failed: number;
  /** Still waiting after a try without an answer. */
  retrying: number;
}

type Outcome =
  | { kind: 'sent'; result: unknown }
  | { kind: 'refused'; failure: OutboxFailure }
  | { kind: 'retry'; reason: string };

/** A try gets this long before it counts as no answer. */
const requestTimeoutMs = 30_000;

export async function flushOutbox(db: PortalDb, options: FlushOptions = {}): Promise<FlushReport> {
  const now = options.now ?? Date.now;
  const report: FlushReport = { sent: 0, failed: 0, retrying: 0 };
  await tidyOutbox(db, now());

  for (const candidate of await waitingEntries(db)) {
    const entry = await claimEntry(db, candidate.key, { now: now(), force: options.force ?? false });
    if (!entry) continue;
    const outcome = await send(entry, districtOfDbName(db.name), options.fetch ?? fetch);
    if (outcome.kind === 'sent') {
      await applyResult(db, entry, outcome.result, now());
      report.sent += 1;
    } else if (outcome.kind === 'refused' && isMoot(entry, outcome.failure)) {
      // Ours (claimed above), so removed directly.
      await db.outbox.delete(entry.key);
    } else if (outcome.kind === 'refused' && isPaymentRefusal(entry, outcome.failure)) {
      await returnRefusedCheckout(db, entry, outcome.failure, now());
      report.failed += 1;
    } else if (outcome.kind === 'refused') {
      await markFailed(db, entry.key, outcome.failure);
      report.failed += 1;
    } else {
      const attempts = entry.attempts + 1;
      await releaseForRetry(db, entry.key, {
        attempts,
        nextAttemptAt: now() + retryDelay(attempts),
        lastError: outcome.reason,
      });
      report.retrying += 1;
    }
  }
  return report;
}

/** When the next waiting entry is due (ms), or undefined for none. */
export async function nextAttemptAt(db: PortalDb): Promise<number | undefined> {
  const waiting = await waitingEntries(db);
  return waiting.length ? Math.min(...waiting.map((entry) => entry.nextAttemptAt)) : undefined;
}

/** Sends one entry for the district its database belongs to (the service worker has no other way to know). */
async function send(
  entry: OutboxEntry,
  district: string | undefined,
  fetchFn: typeof fetch,
): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetchFn(entry.path, {
      method: entry.method,
      headers: {
        accept: 'application/json',
        // Fastify refuses an empty body that says it is JSON.
        ...(entry.body === undefined ? {} : { 'content-type': 'application/json' }),
        'x-requested-with': 'portal',
        'idempotency-key': entry.key,
        ...districtHeaders(district),
      },
      credentials: 'same-origin',
      body: entry.body === undefined ? undefined : JSON.stringify(entry.body),
      signal: AbortSignal.timeout(requestTimeoutMs),
    });
  } catch (error) {
    return { kind: 'retry', reason: error instanceof Error ? error.name : 'network' };
  }
  const body = await response.json().catch(() => undefined);
  if (response.ok) return { kind: 'sent', result: body };
  const code = errorCode(body);
  if (isRetryable(response.status, code)) {
    return { kind: 'retry', reason: code ?? `HTTP ${response.status}` };
  }
  const field = fieldOf(body);
  return {
    kind: 'refused',
    failure: { code: code ?? 'invalid_request', status: response.status, ...(field ? { field } : {}) },
  };
}

/**
 * No answer yet, so try again later: a server fault or a gateway, a
 * timeout, too many requests, the same key still being worked on, and a
 * lapsed session (the write goes once the person signs in again).
 */
function isRetryable(status: number, code: string | undefined): boolean {
  if (status >= 500 || status === 408 || status === 429 || status === 401) return true;
  return status === 409 && code === 'idempotency_key_in_progress';
}

/**
 * Marking read a notification the server no longer has (purged on its
 * 30th day) has nothing left to do and nothing to tell the person.
 */
function isMoot(entry: OutboxEntry, failure: OutboxFailure): boolean {
  return entry.kind.startsWith('notification.') && failure.status === 404;
}

function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('code' in body)) return undefined;
  return typeof body.code === 'string' ? body.code : undefined;
}

function fieldOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('field' in body)) return undefined;
  return typeof body.field === 'string' ? body.field : undefined;
}
