/// <reference lib="webworker" />
import { isPortalDbName, openPortalDb, type PortalDb } from '../../src/data/db.ts';
import { outboxSyncTag } from '../../src/data/outbox/outbox-entry.ts';
import { flushOutbox, type FlushReport } from '../../src/data/outbox/outbox-sender.ts';

declare const self: ServiceWorkerGlobalScope;

interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

const databases = new Map<string, PortalDb>();

/** Every district database on this device: each has its own outbox. */
async function districtDatabases(): Promise<PortalDb[]> {
  const names = (await indexedDB.databases())
    .map((info) => info.name ?? '')
    .filter(isPortalDbName);
  return names.map((name) => {
    let db = databases.get(name);
    if (!db) {
      db = openPortalDb(name, { durability: 'strict' });
      databases.set(name, db);
    }
    return db;
  });
}

/**
 * Background Sync: the browser wakes the worker once the network is back
 * and the worker sends the outbox of every district with the page's own
 * sender, from the same Dexie stores (the sender names each database's
 * district to the server). Writes that got no answer make the event fail,
 * so the browser tries again later (the entries stay queued either way).
 */
export function handleOutboxSync(): void {
  self.addEventListener('sync', (event) => {
    const sync = event as SyncEvent;
    if (sync.tag !== outboxSyncTag) return;
    sync.waitUntil(
      (async () => {
        const reports: FlushReport[] = [];
        for (const db of await districtDatabases()) {
          reports.push(await flushOutbox(db, { force: true }));
        }
        const retrying = reports.some((report) => report.retrying > 0);
        if (retrying && !sync.lastChance) {
          throw new Error('Some writes got no answer; the browser will try again');
        }
      })(),
    );
  });
}
