import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Temporal } from 'temporal-polyfill';
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
    // parseArgs takes "-5" for an option and says so in its own words.
    const negative = args.find((arg) => /^-\d/.test(arg));
    const message = negative
      ? `${negative}: amounts and numbers here cannot be negative.`
      : error instanceof Error
        ? error.message
        : String(error);
    process.stderr.write(`${message}\n${usage}\n`);
    return null;
  }
}

/** Says what is wrong with the arguments, then how the command is used; the exit code 2. */
export function refuse(problem: string, usage: string): 2 {
  process.stderr.write(`${problem}\n${usage}\n`);
  return 2;
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

/** "2026-10-01" and a day that exists: not "2026-13-40", not "2026-02-30". */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  try {
    Temporal.PlainDate.from(text, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}
