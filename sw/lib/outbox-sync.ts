/// <reference lib="webworker" />
import { openPortalDb, type PortalDb } from '../../src/data/db.ts';
import { outboxSyncTag } from '../../src/data/outbox/outbox-entry.ts';
import { flushOutbox } from '../../src/data/outbox/outbox-sender.ts';

declare const self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

let db: PortalDb | undefined;

/**
 * Background Sync: the browser wakes the worker once the network is back
 * and the worker sends the outbox with the page's own sender, from the
 * same Dexie store. Writes that got no answer make the event fail, so the
 * browser tries again later (the entries stay queued either way).
 */
export function handleOutboxSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== outboxSyncTag) return;
    sync.waitUntil(
      (async () => {
        db ??= openPortalDb(undefined, { durability: 'strict' });
        const report = await flushOutbox(db, { force: true });
        if (report.retrying > 0 && !sync.lastChance) {
          throw new Error('Some writes got no answer; the browser will try again');
        }
      })(),
    );
  });
}
