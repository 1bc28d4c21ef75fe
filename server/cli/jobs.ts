import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { configFromEnv } from '../config.ts';
import { openPortalDatabase } from '../db/database.ts';
import { runJobs } from '../jobs/run.ts';

const usage = 'Usage: npm run jobs -- [--at ISO-INSTANT] [--db FILE]';

/**
 * `npm run jobs -- --at 2026-03-01T14:00:00Z`: runs every job once as if it
 * were that instant (recurring payments due that day, alerts, purges).
 * Running it again for the same day charges nothing twice. One JSON line
 * per job on standard output.
 */
async function main(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { at: { type: 'string' }, db: { type: 'string' } },
    }));
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${usage}\n`);
    return 2;
  }
  const at = values.at === undefined ? new Date() : new Date(values.at);
  if (Number.isNaN(at.getTime())) {
    process.stderr.write(`Not an instant: ${values.at}\n${usage}\n`);
    return 2;
  }
  const file = values.db ?? configFromEnv().databasePath;
  if (!existsSync(file)) {
    process.stderr.write(`No portal database at ${file} (use --db FILE).\n`);
    return 1;
  }
  const { db } = await openPortalDatabase(file);
  try {
    const ok = await runJobs(db, at, {
      push: {},
      log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
    });
    return ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main(process.argv.slice(2));
