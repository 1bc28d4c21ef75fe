import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createActivationKey } from '../../accounts/activation-keys.ts';
import { configFromEnv } from '../../config.ts';
import { openPortalDatabase } from '../../db/database.ts';

/** `activation-key <guardian-id> [--district <id>] [--db FILE]` */
export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        district: { type: 'string' },
        db: { type: 'string' },
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${message}\n`);
    return 2;
  }
  const [guardianId, ...extra] = parsed.positionals;
  if (!guardianId || extra.length > 0) {
    process.stderr.write(
      'Usage: npm run admin -- activation-key <guardian-id> ' +
        '[--district <id>] [--db FILE]\n',
    );
    return 2;
  }

  const path = parsed.values.db ?? configFromEnv().databasePath;
  if (!existsSync(path)) {
    process.stderr.write(`No portal database at ${path} (use --db FILE).\n`);
    return 1;
  }
  const { db } = await openPortalDatabase(path);
  try {
    const result = await createActivationKey(
      db,
      guardianId,
      parsed.values.district,
      new Date(),
    );
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    process.stdout.write(`${result.key}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
