import { districtSlugPattern } from '../../../src/api/districts.ts';
import type { PortalDb } from '../../db/database.ts';
import { defaultDistrictSetting } from '../../districts/directory.ts';
import { findDistrict } from '../../districts/find.ts';
import { assignMissingSlugs } from '../../districts/slugs.ts';
import { parseCommand, textTable, withDatabase } from './open.ts';

const usage = `Usage: npm run admin -- districts [list] [--db FILE]
       npm run admin -- districts set <ID> [--slug S] [--portal-address URL] [--default]
       npm run admin -- districts add-elsewhere <slug> --name N --state S --address URL
       npm run admin -- districts remove-elsewhere <slug>`;

const slugPattern = new RegExp(districtSlugPattern);

/**
 * `districts`: the districts this server holds and the directory entries
 * of those on other servers, which parents find by name and state.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      slug: { type: 'string' },
      'portal-address': { type: 'string' },
      default: { type: 'boolean' },
      name: { type: 'string' },
      state: { type: 'string' },
      address: { type: 'string' },
    },
    usage,
  );
  if (!parsed) return 2;
  const [action = 'list', target, ...extra] = parsed.positionals;
  const v = parsed.values;
  if (extra.length > 0) return fail(usage, 2);
  return withDatabase(v.db, async (db) => {
    switch (action) {
      case 'list':
        return list(db);
      case 'set':
        return set(db, target, { slug: v.slug, portalAddress: v['portal-address'], default: v.default });
      case 'add-elsewhere': {
        if (!target || !slugPattern.test(target) || !v.name || !v.state || !validUrl(v.address)) {
          return fail(`${usage}\n(The slug is lowercase letters, digits and dashes; the address a URL.)`, 2);
        }
        await db
          .insertInto('districtDirectory')
          .values({ slug: target, name: v.name, state: v.state, portalAddress: v.address })
          .onConflict((oc) => oc.column('slug').doUpdateSet({
            name: v.name, state: v.state, portalAddress: v.address,
          }))
          .execute();
        process.stdout.write(`${target}: ${v.name} (${v.state}) at ${v.address}\n`);
        return 0;
      }
      case 'remove-elsewhere': {
        const removed = await db.deleteFrom('districtDirectory').where('slug', '=', target ?? '')
          .executeTakeFirst();
        return removed.numDeletedRows > 0n ? 0 : fail(`No directory entry "${target}".`, 1);
      }
      default:
        return fail(usage, 2);
    }
  });
}

function fail(message: string, code: number): number {
  process.stderr.write(`${message}\n`);
  return code;
}

function validUrl(address: string | undefined): address is string {
  if (!address) return false;
  try {
    return ['http:', 'https:'].includes(new URL(address).protocol);
  } catch {
    return false;
  }
}

async function list(db: PortalDb): Promise<number> {
  await assignMissingSlugs(db);
  const hosted = await db.selectFrom('district')
    .select(['id', 'sourceId', 'slug', 'name', 'state', 'portalAddress', 'kioskIdleSeconds', 'kioskCodeHash'])
    .orderBy('id').execute();
  const setting = await db.selectFrom('serverSetting').select('value')
    .where('name', '=', defaultDistrictSetting).executeTakeFirst();
  const elsewhere = await db.selectFrom('districtDirectory')
    .select(['slug', 'name', 'state', 'portalAddress']).orderBy('name').execute();
  process.stdout.write(textTable(
    ['id', 'slug', 'name', 'state', 'portal address', 'kiosk', 'default'],
    [
      ...hosted.map((d) => [
        d.sourceId, d.slug ?? '', d.name, d.state, d.portalAddress ?? '(as requested)',
        d.kioskCodeHash ? `code set, idle ${d.kioskIdleSeconds}s` : 'no code',
        hosted.length === 1 || String(d.id) === setting?.value ? 'yes' : '',
      ]),
      ...elsewhere.map((d) => ['(elsewhere)', d.slug, d.name, d.state, d.portalAddress, '', '']),
    ],
  ));
  return 0;
}

async function set(
  db: PortalDb,
  target: string | undefined,
  change: { slug?: string | undefined; portalAddress?: string | undefined; default?: boolean | undefined },
): Promise<number> {
  if (!target) return fail(usage, 2);
  const district = await findDistrict(db, target);
  if (!district.ok) return fail(district.message, 1);
  if (change.slug !== undefined && !slugPattern.test(change.slug)) {
    return fail('A slug is lowercase letters, digits and dashes, such as cedar-hollow.', 2);
  }
  if (change.portalAddress !== undefined && !validUrl(change.portalAddress)) {
    return fail('The portal address is a URL, such as https://portal.example.org.', 2);
  }
  if (change.slug !== undefined) {
    // Signed-in devices keep a cookie named after the old slug: they sign in again.
    await db.updateTable('district').set({ slug: change.slug }).where('id', '=', district.id).execute();
  }
  if (change.portalAddress !== undefined) {
    await db.updateTable('district').set({ portalAddress: change.portalAddress.replace(/\/+$/, '') })
      .where('id', '=', district.id).execute();
  }
  if (change.default) {
    await db.insertInto('serverSetting').values({ name: defaultDistrictSetting, value: String(district.id) })
      .onConflict((oc) => oc.column('name').doUpdateSet({ value: String(district.id) })).execute();
  }
  return list(db);
}
