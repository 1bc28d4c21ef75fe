import Dexie, { type EntityTable } from 'dexie';
import type { SyncChanges, Collection } from '../api/sync.ts';
import type { SessionResponse } from '../api/account.ts';
import type { AbsenceRequest } from '../api/absences.ts';
import type { Notification } from '../api/notifications.ts';
import type { Settings } from '../api/settings.ts';
import type { OutboxEntry, OutboxFailure } from './outbox/outbox-entry.ts';
import { currentDistrict } from './current-district.ts';
import { schemaVersions } from './schema.ts';

/** What the `meta` table holds, one row per key. */
export interface MetaValues {
  /** The opaque cursor of the last successful sync. */
  cursor: string;
  /** When the device last finished a sync (device clock, ms). */
  lastSyncAt: number;
  /** The server's clock at that sync, ISO UTC. */
  serverTime: string;
  /** The signed-in guardian's session, kept so the app opens offline. */
  session: SessionResponse;
  /** The district's excuses for absence requests, kept for offline forms. */
  excuses: { id: number; name: string }[];
  /** The guardian said no (or yes) to the push offer on this device. */
  pushOffer: 'declined' | 'subscribed';
  /** The guardian's settings as the server last answered them. */
  settings: Settings;
  /** Why the last checkout was not paid; its lines went back to the cart. */
  checkoutRefusal: { failure: OutboxFailure; at: number };
}

export type MetaKey = keyof MetaValues;
export type MetaRow = { [K in MetaKey]: { key: K; value: MetaValues[K] } }[MetaKey];

export type CollectionTables = {
  [K in Collection]: EntityTable<SyncChanges[K][number], 'id'>;
};

export type PortalDb = Dexie &
  CollectionTables & {
    meta: EntityTable<MetaRow, 'key'>;
    outbox: EntityTable<OutboxEntry, 'key'>;
    notifications: EntityTable<Notification, 'id'>;
    absenceRequests: EntityTable<AbsenceRequest, 'id'>;
  };

export const defaultDbName = 'parent-portal';

/**
 * Each district's data lives in its own database, so one family's district
 * never shows another's and a sign-out wipes one district only. The
 * default district keeps the name devices had before.
 */
export function districtDbName(district: string | undefined): string {
  return district ? `${defaultDbName}.${district}` : defaultDbName;
}

/** The district a device database belongs to (undefined: the default or a test's). */
export function districtOfDbName(name: string): string | undefined {
  const prefix = `${defaultDbName}.`;
  return name.startsWith(prefix) ? name.slice(prefix.length) : undefined;
}

/** Whether a database of this origin is one of the portal's district databases. */
export function isPortalDbName(name: string): boolean {
  return name === defaultDbName || districtOfDbName(name) !== undefined;
}

/**
 * Opens (and migrates) the device database; the same code in page and
 * worker. Without a name, the current district's.
 */
export function openPortalDb(
  name: string = districtDbName(currentDistrict()),
  options: { durability?: 'strict' | 'relaxed' | 'default' } = {},
): PortalDb {
  const db = new Dexie(
    name,
    options.durability ? { chromeTransactionDurability: options.durability } : undefined,
  );
  for (const step of schemaVersions) {
    const version = db.version(step.version).stores(step.stores);
    if (step.upgrade) version.upgrade(step.upgrade);
  }
  return db as PortalDb;
}

export async function readMeta<K extends MetaKey>(
  db: PortalDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  return row?.key === key ? (row.value as MetaValues[K]) : undefined;
}

export async function writeMeta<K extends MetaKey>(
  db: PortalDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}

/** Removes everything of the signed-in guardian from the device. */
export async function clearGuardianData(db: PortalDb): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
  });
}
