import { openPortalDb, type PortalDb } from '../db.ts';
import {
  keepSentMs,
  staleClaimMs,
  type OutboxEntry,
  type OutboxFailure,
  type OutboxKind,
} from './outbox-entry.ts';

/** A write as a page asks for it; the outbox adds key, state and times. */
export interface Write {
  kind: OutboxKind;
  method: OutboxEntry['method'];
  path: string;
  body: unknown;
}

const strictTwins = new WeakMap<PortalDb, PortalDb>();

/**
 * The same database opened with strict durability (Chromium flushes the
 * commit to disk before it reports success), so a write the person saw
 * as "waiting" survives a crash or a power cut right after it. Only the
 * outbox uses it: the sync's bulk writes keep the faster default.
 */
export function strictDb(db: PortalDb): PortalDb {
  let twin = strictTwins.get(db);
  if (!twin) {
    twin = openPortalDb(db.name, { durability: 'strict' });
    strictTwins.set(db, twin);
  }
  return twin;
}

/** Stores a write with a fresh idempotency key; it waits until a sender claims it. */
export async function queueWrite(db: PortalDb, write: Write, now = Date.now()): Promise<string> {
  const key = crypto.randomUUID();
  const strict = strictDb(db);
  await strict.transaction('rw', strict.outbox, async () => {
    await strict.outbox.add({
      ...write,
      key,
      createdAt: now,
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: now,
    });
  });
  return key;
}

/**
 * Takes an entry for sending: a state change inside one read-write
 * transaction, so of two senders (the page and the service worker, or two
 * tabs) exactly one gets it. A claim older than a minute belongs to a
 * sender that went away and may be taken over.
 */
export async function claimEntry(
  db: PortalDb,
  key: string,
  options: { now: number; force: boolean },
): Promise<OutboxEntry | undefined> {
  return db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(key);
    if (!entry) return undefined;
    const due = entry.state === 'waiting' && (options.force || entry.nextAttemptAt <= options.now);
    const stale =
      entry.state === 'sending' && (entry.claimedAt ?? 0) < options.now - staleClaimMs;
    if (!due && !stale) return undefined;
    const claimed: OutboxEntry = { ...entry, state: 'sending', claimedAt: options.now };
    await db.outbox.put(claimed);
    return claimed;
  });
}

/** Back to waiting after a try without an answer; the key stays the same. */
export async function releaseForRetry(
  db: PortalDb,
  key: string,
  update: { attempts: number; nextAttemptAt: number; lastError: string },
): Promise<void> {
  await db.outbox.update(key, { ...update, state: 'waiting', claimedAt: undefined });
}

/** The server refused it: it stays, failed, until the person edits or discards it. */
export async function markFailed(db: PortalDb, key: string, failure: OutboxFailure) {
  await db.outbox.update(key, { state: 'failed', failure, claimedAt: undefined });
}

/**
 * A failed write, changed by the person: a new key, since the server
 * refuses an old key with another body (422).
 */
export async function editFailed(db: PortalDb, key: string, body: unknown, now = Date.now()) {
  const strict = strictDb(db);
  return strict.transaction('rw', strict.outbox, async () => {
    const entry = await strict.outbox.get(key);
    if (!entry) return undefined;
    const fresh: OutboxEntry = {
      kind: entry.kind,
      method: entry.method,
      path: entry.path,
      body,
      key: crypto.randomUUID(),
      createdAt: now,
      state: 'waiting',
      attempts: 0,
      nextAttemptAt: now,
    };
    await strict.outbox.delete(key);
    await strict.outbox.add(fresh);
    return fresh.key;
  });
}

/** The person gave up on a failed (or still waiting) write. */
export async function discardEntry(db: PortalDb, key: string): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    const entry = await db.outbox.get(key);
    // One being sent by another sender is left alone: its answer decides.
    if (entry && entry.state !== 'sending') await db.outbox.delete(key);
  });
}

/** Claims gone stale go back to waiting; sent entries past their time go. */
export async function tidyOutbox(db: PortalDb, now: number): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    await db.outbox
      .where('state')
      .equals('sending')
      .filter((entry) => (entry.claimedAt ?? 0) < now - staleClaimMs)
      .modify({ state: 'waiting', claimedAt: undefined });
    await db.outbox
      .where('state')
      .equals('sent')
      .filter((entry) => (entry.sentAt ?? 0) < now - keepSentMs)
      .delete();
  });
}

/** Entries that wait to be sent, oldest first. */
export async function waitingEntries(db: PortalDb): Promise<OutboxEntry[]> {
  return db.outbox.where('state').equals('waiting').sortBy('createdAt');
}
