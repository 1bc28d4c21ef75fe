import type { PortalDb } from '../../db/database.ts';
import { notify, type NotifyOptions } from '../../notifications/create.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage = 'Usage: npm run admin -- announce "<text>" [--district ID] [--db FILE]';

/** `announce "<text>" [--district ID]`: a notification to every guardian with an account. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { district: { type: 'string' } }, usage);
  if (!parsed) return 2;
  const [text, ...extra] = parsed.positionals;
  if (!text?.trim() || extra.length > 0 || text.length > 1000) {
    process.stderr.write(`${usage}\n(The text is 1 to 1000 characters, in quotes.)\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const result = await announce(db, text.trim(), parsed.values.district, {
      now: new Date(),
      push: {},
    });
    if (!result.ok) {
      process.stderr.write(`${result.message}\n`);
      return 1;
    }
    const plural = result.guardians === 1 ? '' : 's';
    process.stdout.write(`Announced to ${result.guardians} guardian${plural}.\n`);
    return 0;
  });
}

/** Files the announcement for the district's guardians who have an account. */
export async function announce(
  db: PortalDb,
  text: string,
  districtSourceId: string | undefined,
  options: NotifyOptions,
): Promise<{ ok: true; guardians: number } | { ok: false; message: string }> {
  const districts = await db.selectFrom('district').select(['id', 'sourceId', 'name']).execute();
  const district = districtSourceId
    ? districts.find((d) => d.sourceId === districtSourceId)
    : districts.length === 1 ? districts[0] : undefined;
  if (!district) {
    return {
      ok: false,
      message: districtSourceId
        ? `No district with id ${districtSourceId}.`
        : 'This server holds several districts: name one with --district ID.',
    };
  }
  const guardians = await db
    .selectFrom('account')
    .select('guardianId')
    .where('districtId', '=', district.id)
    .execute();
  const { ids } = await notify(
    db,
    guardians.map((g) => ({
      guardianId: g.guardianId,
      kind: 'announcement' as const,
      params: { district: district.name, text },
      link: null,
    })),
    options,
  );
  return { ok: true, guardians: ids.length };
}
