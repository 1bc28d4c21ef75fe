import { runJobs } from '../../jobs/run.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage = 'Usage: npm run admin -- run-jobs [--at ISO-INSTANT] [--db FILE]';

/** `run-jobs [--at ISO]`: runs every job once, as if it were that instant. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { at: { type: 'string' } }, usage);
  if (!parsed) return 2;
  const at = parsed.values.at === undefined ? new Date() : new Date(parsed.values.at);
  if (parsed.positionals.length > 0 || Number.isNaN(at.getTime())) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const ok = await runJobs(db, at, {
      push: {},
      log: (line) => process.stdout.write(`${JSON.stringify(line)}\n`),
    });
    return ok ? 0 : 1;
  });
}
