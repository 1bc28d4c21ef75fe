import type SQLite from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { sqliteOf, type PortalDb } from '../database.ts';

/**
 * A fixed SQL text run with fresh parameters, for the hot paths (session
 * lookup, the sync's "nothing new" answer). On SQLite it is prepared once
 * and run straight on better-sqlite3: about 5 µs a query here where Kysely
 * takes 25 to 130 µs (building, preparing again, plugins). Elsewhere, and
 * inside a transaction, it runs through Kysely. Either way columns come
 * back camelCased, as the CamelCasePlugin would give them.
 *
 * TODO: the texts use SQLite's `?` placeholders; PostgreSQL wants `$1`.
 */
export function statement<Row>(db: PortalDb, text: string) {
  const sqlite = sqliteOf(db);
  return sqlite ? prepared<Row>(sqlite, text) : throughKysely<Row>(db, text);
}

/**
 * A statement prepared once on better-sqlite3, run synchronously, with
 * camelCased row keys: for work that must not be interleaved with other
 * requests, such as the sync's read transaction.
 */
export function preparedSync<Row>(sqlite: SQLite.Database, text: string) {
  let compiled: { statement: SQLite.Statement; keys: string[] } | undefined;
  const ready = () => {
    if (!compiled) {
      const statement = sqlite.prepare(text);
      const keys = statement.reader
        ? statement.columns().map((column) => camelCase(column.name))
        : [];
      if (statement.reader) statement.raw(true);
      compiled = { statement, keys };
    }
    return compiled;
  };
  const toRow = (keys: string[], values: unknown[]) => {
    const row: Record<string, unknown> = {};
    keys.forEach((key, i) => (row[key] = values[i]));
    // The row's shape is the statement's columns, which the caller names.
    return row as Row;
  };
  return {
    all(...parameters: unknown[]): Row[] {
      const { statement, keys } = ready();
      const rows = statement.all(...parameters) as unknown[][];
      return rows.map((values) => toRow(keys, values));
    },
    first(...parameters: unknown[]): Row | undefined {
      const { statement, keys } = ready();
      const values = statement.get(...parameters) as unknown[] | undefined;
      return values && toRow(keys, values);
    },
    write(...parameters: unknown[]): number {
      return ready().statement.run(...parameters).changes;
    },
  };
}

function prepared<Row>(sqlite: SQLite.Database, text: string) {
  const sync = preparedSync<Row>(sqlite, text);
  return {
    all: async (...parameters: unknown[]) => sync.all(...parameters),
    first: async (...parameters: unknown[]) => sync.first(...parameters),
    /** Runs a write; answers how many rows it changed. */
    write: async (...parameters: unknown[]) => sync.write(...parameters),
  };
}

function throughKysely<Row>(db: PortalDb, text: string) {
  const run = (parameters: unknown[]) =>
    db.executeQuery<Row>(CompiledQuery.raw(text, parameters));
  return {
    async all(...parameters: unknown[]): Promise<Row[]> {
      return (await run(parameters)).rows;
    },
    async first(...parameters: unknown[]): Promise<Row | undefined> {
      return (await run(parameters)).rows[0];
    },
    async write(...parameters: unknown[]): Promise<number> {
      return Number((await run(parameters)).numAffectedRows ?? 0n);
    },
  };
}

const camelCase = (name: string) =>
  name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
