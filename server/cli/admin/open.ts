import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { configFromEnv } from '../../config.ts';
import { openPortalDatabase, type PortalDb } from '../../db/database.ts';

/** Parses a command's arguments; prints the problem and answers null when they are wrong. */
export function parseCommand<const O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
  usage: string,
) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { ...options, db: { type: 'string' } },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n${usage}\n`);
    return null;
  }
}

/** Runs `work` on the portal database at --db (or the configured one). */
export async function withDatabase(
  path: string | undefined,
  work: (db: PortalDb) => Promise<number>,
): Promise<number> {
  const file = path ?? configFromEnv().databasePath;
  if (!existsSync(file)) {
    process.stderr.write(`No portal database at ${file} (use --db FILE).\n`);
    return 1;
  }
  const { db } = await openPortalDatabase(file);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

/** A plain text table, columns padded to their widest cell. */
export function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w));
  return [line(header), line(rule), ...rows.map(line)].join('\n') + '\n';
}
