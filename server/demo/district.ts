import type { PortalDb } from '../db/database.ts';
import { hashPassword, verifyPassword } from '../accounts/passwords.ts';
import { addAccounts, demoSignIns, type DemoSignIn } from './accounts.ts';
import { buildDemoDistrict, defaultDemoSeed, demoTimeZone } from './build.ts';
import { district } from './names.ts';
import { firstFreeIds, writeDemoRows } from './write.ts';
import { addDemoNotifications } from './notifications.ts';
import { addDemoReportCards } from './report-cards.ts';
import { addDemoMoney } from './money.ts';

export type { DemoSignIn } from './accounts.ts';

export interface DemoOptions {
  /** The instant that counts as now; the demo's school year is around it. */
  now?: Date;
  seed?: number;
  /** Told one line when the demo district is made; never personal data. */
  log?: (message: string) => void;
}

/** The demo district's source id, so other code can tell it apart. */
export const demoDistrictSourceId = 'demo';

/**
 * Makes the fictional demo district when the database holds no district
 * at all, in one transaction, and returns its sign-ins; returns null and
 * changes nothing when a district already exists.
 */
export async function ensureDemoDistrict(
  db: PortalDb,
  options: DemoOptions = {},
): Promise<DemoSignIn[] | null> {
  if (await hasDistrict(db)) return null;
  const started = performance.now();
  const now = options.now ?? new Date();
  // argon2 is slow on purpose and runs off the main thread: let it hash
  // while the rows are built.
  const hashing = Promise.all(
    demoSignIns.map((signIn) => hashPassword(signIn.password)),
  );
  hashing.catch(() => undefined);

  const made = await db.transaction().execute(async (trx) => {
    if (await hasDistrict(trx)) return null;
    const { id: districtId } = await trx
      .insertInto('district')
      .values({
        sourceId: demoDistrictSourceId,
        name: district.name,
        state: district.state,
        timeZone: demoTimeZone,
        createdAt: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { rows, today, guardians } = buildDemoDistrict({
      now,
      seed: options.seed ?? defaultDemoSeed,
      districtId,
      firstIds: await firstFreeIds(trx),
    });
    addAccounts(rows, guardians, await hashing, now.toISOString());
    await writeDemoRows(trx, rows);
    await addDemoNotifications(trx, districtId, guardians, now);
    await addDemoReportCards(trx, districtId, now);
    await addDemoMoney(trx, districtId, guardians, now);
    return { count: rows.count(), today: today.toString() };
  });
  if (!made) return null;

  const students = await db
    .selectFrom('student')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  const ms = Math.round(performance.now() - started);
  options.log?.(
    `Created the demo district (${made.count} rows, ${students.count} ` +
      `students, today ${made.today}) in ${ms} ms`,
  );
  return demoSignIns.map((signIn) => ({ ...signIn }));
}

async function hasDistrict(db: Pick<PortalDb, 'selectFrom'>): Promise<boolean> {
  const row = await db.selectFrom('district').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/**
 * The demo sign-ins that still work in the demo district, for the start-up
 * message on later starts; none when the district is not the demo or its
 * passwords were changed.
 */
export async function workingDemoSignIns(db: PortalDb): Promise<DemoSignIn[]> {
  const accounts = await db
    .selectFrom('account')
    .innerJoin('district', 'district.id', 'account.districtId')
    .select(['account.username', 'account.passwordHash'])
    .where('district.sourceId', '=', demoDistrictSourceId)
    .execute();
  const working: DemoSignIn[] = [];
  for (const signIn of demoSignIns) {
    const account = accounts.find((a) => a.username === signIn.username);
    const matches = account
      ? await verifyPassword(account.passwordHash, signIn.password).catch(() => false)
      : false;
    if (matches) working.push({ ...signIn });
  }
  return working;
}
