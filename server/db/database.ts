import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  Migrator,
  SqliteDialect,
  type Migration,
} from 'kysely';
import * as core from './migrations/0001-core.ts';
import * as requestsNotifications from './migrations/0002-requests-notifications.ts';
import * as communicationLanguage from './migrations/0003-communication-language.ts';
import * as money from './migrations/0004-money.ts';
import * as accountsSettings from './migrations/0005-accounts-settings.ts';
import * as mealBenefitsDocuments from './migrations/0006-meal-benefits-documents.ts';
import * as receiptEmails from './migrations/0007-receipt-emails.ts';
import type { Database } from './schema.ts';

export type PortalDb = Kysely<Database>;

const sqliteHandles = new WeakMap<PortalDb, SQLite.Database>();

/**
 * The better-sqlite3 handle under a database opened here, for the few hot
 * paths that keep prepared statements; undefined for other dialects and
 * for transactions (which go through Kysely).
 */
export function sqliteOf(db: PortalDb): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

/** Numbered migrations, applied in order at every start. */
const migrations: Record<string, Migration> = {
  '0001-core': core,
  '0002-requests-notifications': requestsNotifications,
  '0003-communication-language': communicationLanguage,
  '0004-money': money,
  '0005-accounts-settings': accountsSettings,
  '0006-meal-benefits-documents': mealBenefitsDocuments,
  '0007-receipt-emails': receiptEmails,
};

/**
 * Opens (creating if needed) the SQLite file at `path`, or an in-memory
 * database for ':memory:', in WAL mode with foreign keys enforced.
 */
export function openDatabase(path: string): {
  db: PortalDb;
  sqlite: SQLite.Database;
} {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  sqliteHandles.set(db, sqlite);
  return { db, sqlite };
}

export async function migrate(db: PortalDb): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    const name = failed ? ` (${failed.migrationName})` : '';
    throw new Error(`Database migration failed${name}`, { cause: error });
  }
}

/** Opens and migrates: what the server, the importers and tests use. */
export async function openPortalDatabase(path: string) {
  const opened = openDatabase(path);
  await migrate(opened.db);
  return opened;
}
