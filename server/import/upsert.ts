import type SQLite from 'better-sqlite3';
import type { Outcome } from './report.ts';

/** Column values of one row, by snake_case column name. */
export type Row = Record<string, string | number | null>;

export interface UpsertResult {
  id: number;
  outcome: Outcome;
}

export interface UpsertOptions {
  /** The natural key: the columns of the table's UNIQUE constraint. */
  key: string[];
  /** Columns that an import refreshes on every run. */
  columns: string[];
  /** Columns set only when the row is new (the portal may change them). */
  insertOnly?: string[];
}

/**
 * A prepared "insert, or update only what differs" for one table.
 *
 * The sync triggers bump `version` on every UPDATE, so an update that
 * changes nothing would still send the row to every device again. The
 * `WHERE ... IS NOT excluded....` guard makes a re-import of the same
 * files a no-op; RETURNING tells a new row (version still 0, the AFTER
 * trigger stamps it later) from an updated one.
 */
export function prepareUpsert(
  sqlite: SQLite.Database,
  table: string,
  options: UpsertOptions,
): (row: Row) => UpsertResult {
  const { key, columns, insertOnly = [] } = options;
  const all = [...key, ...columns, ...insertOnly];
  const conflict = columns.length === 0
    ? 'DO NOTHING'
    : `DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}
       WHERE ${columns.map((c) => `${c} IS NOT excluded.${c}`).join(' OR ')}`;
  const upsert = sqlite.prepare<Row, { id: number; version: number }>(
    `INSERT INTO ${table} (${all.join(', ')})
     VALUES (${all.map((c) => `@${c}`).join(', ')})
     ON CONFLICT (${key.join(', ')}) ${conflict}
     RETURNING id, version`,
  );
  const keyParameters = key.map((c) => `${c} = @${c}`).join(' AND ');
  const find = sqlite.prepare<Row, { id: number }>(
    `SELECT id FROM ${table} WHERE ${keyParameters}`,
  );
  return (row) => {
    const written = upsert.get(row);
    if (written) {
      return {
        id: written.id,
        outcome: written.version === 0 ? 'inserted' : 'updated',
      };
    }
    const existing = find.get(pick(row, key));
    if (!existing) throw new Error(`${table}: row vanished during import`);
    return { id: existing.id, outcome: 'unchanged' };
  };
}

function pick(row: Row, columns: string[]): Row {
  const picked: Row = {};
  for (const column of columns) picked[column] = row[column] ?? null;
  return picked;
}
