import { Value } from 'typebox/value';
import { SyncResponse, collections, type Collection } from '../api/sync.ts';
import { AppError } from './app-error.ts';
import { apiRequest } from './http.ts';
import { readMeta, type PortalDb } from './db.ts';

export interface SyncResult {
  full: boolean;
  /** Records written and deleted, for logs and tests. */
  written: number;
  deleted: number;
  serverTime: string;
}

export interface SyncOptions {
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** The device clock, injectable for tests. */
  now?: () => number;
}

const knownCollections = new Set<string>(collections);

/**
 * One delta sync: asks for what changed since the stored cursor, checks the
 * answer against the contract and writes it in a single transaction, so the
 * pages never see half a sync and the cursor only moves with the data.
 */
export async function syncOnce(db: PortalDb, options: SyncOptions = {}): Promise<SyncResult> {
  const cursor = await readMeta(db, 'cursor');
  const query = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
  const body = await apiRequest('GET', `/api/v1/sync${query}`, options);

  if (!Value.Check(SyncResponse, body)) {
    throw new AppError('sync_invalid_response', 'The sync answer does not match the contract');
  }
  options.signal?.throwIfAborted();

  const deletions = groupDeletions(body.deletions);
  let written = 0;
  let deleted = 0;

  // Only the synced tables and meta: the outbox stays writable during a sync.
  const tables = [...collections.map((name) => db[name]), db.meta];
  await db.transaction('rw', tables, async () => {
    if (body.full) {
      await Promise.all(collections.map((name) => db[name].clear()));
    }
    for (const name of collections) {
      const rows = body.changes[name];
      if (rows && rows.length > 0) {
        // Each table's row type matches its collection; the union is too wide here.
        await (db[name] as PortalDb['schools']).bulkPut(rows as never[]);
        written += rows.length;
      }
      const gone = deletions.get(name);
      if (gone && gone.length > 0) {
        await db[name].bulkDelete(gone);
        deleted += gone.length;
      }
    }
    await db.meta.bulkPut([
      { key: 'cursor', value: body.cursor },
      { key: 'serverTime', value: body.serverTime },
      { key: 'lastSyncAt', value: (options.now ?? Date.now)() },
    ]);
  });

  return { full: body.full, written, deleted, serverTime: body.serverTime };
}

function groupDeletions(deletions: SyncResponse['deletions']): Map<Collection, number[]> {
  const byCollection = new Map<Collection, number[]>();
  for (const { collection, id } of deletions) {
    // A collection this app version does not know yet is not stored here either.
    if (!knownCollections.has(collection)) continue;
    const name = collection as Collection;
    const ids = byCollection.get(name) ?? [];
    ids.push(id);
    byCollection.set(name, ids);
  }
  return byCollection;
}
