import type { PortalDb } from '../db.ts';
import { outboxSyncTag } from './outbox-entry.ts';
import { flushOutbox, nextAttemptAt, type FlushReport } from './outbox-sender.ts';
import { queueWrite, type Write } from './outbox-store.ts';

/** Fired on window when a page queued a write: the runner sends it at once. */
const queuedEvent = 'portal-outbox-queued';

/** Tells the page's runner that the outbox changed (an edited write, say). */
export function nudgeOutbox(): void {
  window.dispatchEvent(new Event(queuedEvent));
  void registerBackgroundSync();
}

/** Stores a write in the outbox and has it sent as soon as possible. */
export async function submitWrite(db: PortalDb, write: Write): Promise<string> {
  const key = await queueWrite(db, write);
  nudgeOutbox();
  return key;
}

interface SyncRegistration {
  sync?: { register(tag: string): Promise<void> };
}

/**
 * Asks the service worker for a `sync` event once the network is there,
 * where the browser has Background Sync (Chromium); elsewhere the page's
 * own triggers (open, online, the retry timer) do the work.
 */
async function registerBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator) || !navigator.serviceWorker.controller) return;
  try {
    const registration = (await navigator.serviceWorker.ready) as SyncRegistration;
    await registration.sync?.register(outboxSyncTag);
  } catch {
    // Refused (permission, private mode): the page's triggers remain.
  }
}

/**
 * The page's side of the outbox: sends when the app opens, when a write is
 * queued, when the network comes back and when a retry falls due. One
 * flush at a time; the service worker may flush alongside, and the claim
 * in the store keeps the two from sending the same entry.
 */
export class OutboxRunner {
  #db: PortalDb;
  #fetch: typeof fetch | undefined;
  #running: Promise<FlushReport> | undefined;
  #again = false;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(db: PortalDb, options: { fetch?: typeof fetch } = {}) {
    this.#db = db;
    this.#fetch = options.fetch;
  }

  start(): void {
    window.addEventListener('online', this.#onOnline);
    window.addEventListener(queuedEvent, this.#onQueued);
    void this.flush(true);
  }

  stop(): void {
    window.removeEventListener('online', this.#onOnline);
    window.removeEventListener(queuedEvent, this.#onQueued);
    clearTimeout(this.#timer);
  }

  /** Sends what is due (everything waiting when `force`). */
  async flush(force = false): Promise<FlushReport> {
    if (this.#running) {
      this.#again ||= force;
      return this.#running;
    }
    this.#running = flushOutbox(this.#db, { force, fetch: this.#fetch })
      .catch(() => ({ sent: 0, failed: 0, retrying: 0 }))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          void this.flush(true);
        } else {
          void this.#scheduleRetry();
        }
      });
    return this.#running;
  }

  async #scheduleRetry(): Promise<void> {
    clearTimeout(this.#timer);
    const due = await nextAttemptAt(this.#db).catch(() => undefined);
    if (due === undefined) return;
    this.#timer = setTimeout(() => void this.flush(), Math.max(due - Date.now(), 0) + 50);
  }

  #onOnline = () => void this.flush(true);
  #onQueued = () => void this.flush(true);
}
