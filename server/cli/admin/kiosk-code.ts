import { findDistrict } from '../../districts/find.ts';
import { newKioskCode, setKioskCode } from '../../kiosk/devices.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- kiosk-code [--district ID] [--idle-minutes N] [--db FILE]';

/**
 * `kiosk-code`: a new staff code for the district's kiosks (the old one
 * stops working; devices already made kiosks stay kiosks). Only its
 * argon2id hash is kept, so it is shown this once. `--idle-minutes` sets
 * how long a kiosk session may stay idle (default 3).
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(
    args,
    { district: { type: 'string' }, 'idle-minutes': { type: 'string' } },
    usage,
  );
  if (!parsed) return 2;
  const idle = parsed.values['idle-minutes'];
  const idleMinutes = idle === undefined ? undefined : Number(idle);
  if (
    parsed.positionals.length > 0 ||
    (idleMinutes !== undefined && !(idleMinutes >= 0.5 && idleMinutes <= 60))
  ) {
    process.stderr.write(`${usage}\n(--idle-minutes is 0.5 to 60.)\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const district = await findDistrict(db, parsed.values.district);
    if (!district.ok) {
      process.stderr.write(`${district.message}\n`);
      return 1;
    }
    const code = newKioskCode();
    await setKioskCode(db, district.id, code);
    if (idleMinutes !== undefined) {
      await db
        .updateTable('district')
        .set({ kioskIdleSeconds: Math.round(idleMinutes * 60) })
        .where('id', '=', district.id)
        .execute();
    }
    const portal = district.portalAddress?.replace(/\/+$/, '') ?? '<portal address>';
    process.stdout.write(
      `Kiosk code for ${district.name}: ${code}\n` +
        `On the tablet, open ${portal}/kiosk and enter it (district ${district.slug}).\n`,
    );
    return 0;
  });
}
