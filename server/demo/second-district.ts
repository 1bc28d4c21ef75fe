import type { PortalDb } from '../db/database.ts';
import { hashPassword, verifyPassword } from '../accounts/passwords.ts';
import { defaultDistrictSetting } from '../districts/directory.ts';
import type { DemoSignIn } from './accounts.ts';
import { buildDemoDistrict, demoTimeZone } from './build.ts';
import { demoDistrictSourceId } from './district.ts';
import { addDemoNotifications } from './notifications.ts';
import { firstFreeIds, writeDemoRows } from './write.ts';

/**
 * A second fictional district on the same server, so one parent can hold
 * accounts in two districts at once and switch between them. Its guardian
 * has the same name as the first demo parent: the same person, with a
 * child in each district.
 */
export const secondDemoDistrict = {
  sourceId: 'demo-2',
  slug: 'juniper-valley',
  name: 'Juniper Valley School District',
  state: 'Wisconsin',
  seed: 2024,
  personIdPrefix: 'JV-',
  signIn: { username: 'demo.juniper', password: 'Demo-Juniper-1' },
} as const;

/** The first demo district's slug (its name would give "cedar-hollow" too). */
export const firstDemoSlug = 'cedar-hollow';

/**
 * Adds the second demo district where the first one exists and the second
 * not yet (a new demo database, or one made before it existed), and makes
 * the first the default for requests that name no district. Answers its
 * sign-in, or null when nothing was made.
 */
export async function ensureSecondDemoDistrict(
  db: PortalDb,
  options: { now?: Date; log?: (message: string) => void } = {},
): Promise<DemoSignIn | null> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const first = await db
    .selectFrom('district')
    .select(['id', 'slug'])
    .where('sourceId', '=', demoDistrictSourceId)
    .executeTakeFirst();
  if (!first || (await secondExists(db))) return null;
  const passwordHash = await hashPassword(secondDemoDistrict.signIn.password);

  const made = await db.transaction().execute(async (trx) => {
    if (await secondExists(trx)) return null;
    if (first.slug === null) {
      await trx.updateTable('district').set({ slug: firstDemoSlug }).where('id', '=', first.id).execute();
    }
    await trx
      .insertInto('serverSetting')
      .values({ name: defaultDistrictSetting, value: String(first.id) })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const { id: districtId } = await trx
      .insertInto('district')
      .values({
        sourceId: secondDemoDistrict.sourceId,
        slug: secondDemoDistrict.slug,
        name: secondDemoDistrict.name,
        state: secondDemoDistrict.state,
        timeZone: demoTimeZone,
        createdAt: now.toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { rows, guardians } = buildDemoDistrict({
      now,
      seed: secondDemoDistrict.seed,
      personIdPrefix: secondDemoDistrict.personIdPrefix,
      districtId,
      firstIds: await firstFreeIds(trx),
    });
    const [parent] = guardians;
    rows.add('account', {
      guardianId: parent,
      username: secondDemoDistrict.signIn.username,
      passwordHash,
      email: 'demo.parent@mail.example',
      createdAt: now.toISOString(),
      passwordChangedAt: now.toISOString(),
    });
    await writeDemoRows(trx, rows);
    await sameParent(trx, first.id, parent);
    await addDemoNotifications(trx, districtId, [parent], now);
    return rows.count();
  });
  if (made === null) return null;
  const ms = Math.round(performance.now() - started);
  options.log?.(`Created the second demo district (${made} rows) in ${ms} ms`);
  return { ...secondDemoDistrict.signIn };
}

async function secondExists(db: Pick<PortalDb, 'selectFrom'>): Promise<boolean> {
  const row = await db
    .selectFrom('district')
    .select('id')
    .where('sourceId', '=', secondDemoDistrict.sourceId)
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives the second district's parent the first demo parent's name. */
async function sameParent(db: PortalDb, firstDistrictId: number, guardianId: number) {
  const firstParent = await db
    .selectFrom('account as a')
    .innerJoin('guardian as g', 'g.id', 'a.guardianId')
    .select(['g.firstName', 'g.lastName'])
    .where('a.districtId', '=', firstDistrictId)
    .where('a.username', '=', 'demo.parent')
    .executeTakeFirst();
  if (!firstParent) return;
  await db
    .updateTable('guardian')
    .set({ firstName: firstParent.firstName, lastName: firstParent.lastName })
    .where('id', '=', guardianId)
    .execute();
}

/** The second district's sign-in while its password still works, for the start-up line. */
export async function workingSecondDemoSignIn(db: PortalDb): Promise<DemoSignIn | null> {
  const account = await db
    .selectFrom('account')
    .innerJoin('district', 'district.id', 'account.districtId')
    .select('account.passwordHash')
    .where('district.sourceId', '=', secondDemoDistrict.sourceId)
    .where('account.username', '=', secondDemoDistrict.signIn.username)
    .executeTakeFirst();
  if (!account) return null;
  const works = await verifyPassword(account.passwordHash, secondDemoDistrict.signIn.password)
    .catch(() => false);
  return works ? { ...secondDemoDistrict.signIn } : null;
}
