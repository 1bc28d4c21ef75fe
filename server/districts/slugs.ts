import type { PortalDb } from '../db/database.ts';

/** Words that only say "school district" and make slugs long. */
const districtWords = new Set([
  'unified', 'school', 'schools', 'district', 'usd', 'isd', 'sd', 'cusd', 'public',
  'independent', 'community', 'consolidated',
]);

/**
 * A district's slug from its name: lowercase ASCII words joined by dashes,
 * without the words every district has ("Cedar Hollow Unified School
 * District" -> "cedar-hollow").
 */
export function slugOf(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  const kept = words.filter((word) => !districtWords.has(word));
  const slug = (kept.length > 0 ? kept : words).join('-').slice(0, 36).replace(/-+$/, '');
  return slug || 'district';
}

/** slugOf(name), with -2, -3... when another district has it already. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugOf(name);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  return slug;
}

/**
 * Gives a slug to districts made without one (by an importer, or a test's
 * fixture); the directory calls it before reading districts.
 */
export async function assignMissingSlugs(db: PortalDb): Promise<void> {
  const missing = await db
    .selectFrom('district')
    .select(['id', 'name'])
    .where('slug', 'is', null)
    .orderBy('id')
    .execute();
  if (missing.length === 0) return;
  const hosted = await db.selectFrom('district').select('slug').execute();
  const elsewhere = await db.selectFrom('districtDirectory').select('slug').execute();
  const taken = new Set<string>();
  for (const row of [...hosted, ...elsewhere]) if (row.slug) taken.add(row.slug);
  for (const district of missing) {
    const slug = uniqueSlug(district.name, taken);
    taken.add(slug);
    await db
      .updateTable('district')
      .set({ slug })
      .where('id', '=', district.id)
      .where('slug', 'is', null)
      .execute();
  }
}
