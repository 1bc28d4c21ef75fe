import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import {
  demoTables,
  type DemoRow,
  type DemoRows,
  type DemoTable,
} from './rows.ts';

/**
 * Writes the collected rows in multi-row INSERTs. SQLite has no DEFAULT in
 * a VALUES list, so rows are grouped by the columns they set; the chunk
 * size keeps each statement well under SQLite's limit of bound values.
 */

const maxValuesPerStatement = 30_000;

export async function writeDemoRows(
  trx: Transaction<Database>,
  rows: DemoRows,
): Promise<void> {
  for (const table of demoTables) {
    await writeTable(trx, table, rows.byTable[table]);
  }
}

async function writeTable<T extends DemoTable>(
  trx: Transaction<Database>,
  table: T,
  rows: DemoRow<T>[],
): Promise<void> {
  const groups = new Map<string, DemoRow<T>[]>();
  for (const row of rows) {
    const columns = Object.keys(row).sort().join(',');
    const group = groups.get(columns) ?? [];
    group.push(row);
    groups.set(columns, group);
  }
  for (const [columns, group] of groups) {
    const size = Math.max(1, Math.floor(maxValuesPerStatement / columns.split(',').length));
    for (let at = 0; at < group.length; at += size) {
      await trx.insertInto(table).values(group.slice(at, at + size)).execute();
    }
  }
}

/** The first free id of each table, so chosen ids never collide. */
export async function firstFreeIds(
  trx: Transaction<Database>,
): Promise<Record<DemoTable, number>> {
  const ids = {} as Record<DemoTable, number>;
  for (const table of demoTables) {
    const row = await trx
      .selectFrom(table)
      .select((eb) => eb.fn.max('id').as('max'))
      .executeTakeFirst();
    ids[table] = Number(row?.max ?? 0) + 1;
  }
  return ids;
}
