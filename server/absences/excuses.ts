import type { PortalDb } from '../db/database.ts';

/** The excuses every district starts with, in the order they are listed. */
export const defaultExcuses = ['Sick', 'Doctor', 'Vacation'] as const;

/**
 * Gives a district the default excuses unless it has an excuse list.
 * Called when a district's list is read, so districts made by the
 * importer or the demo after the migration get them too; repeating it
 * changes nothing.
 */
export async function ensureDefaultExcuses(db: PortalDb, districtId: number): Promise<void> {
  const any = await db
    .selectFrom('excuse')
    .select('id')
    .where('districtId', '=', districtId)
    .limit(1)
    .executeTakeFirst();
  if (any) return;
  await db
    .insertInto('excuse')
    .values(defaultExcuses.map((name, index) => ({ districtId, name, sortOrder: index + 1 })))
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/** The district's active excuses, in their order. */
export async function activeExcuses(db: PortalDb, districtId: number) {
  await ensureDefaultExcuses(db, districtId);
  return db
    .selectFrom('excuse')
    .select(['id', 'name'])
    .where('districtId', '=', districtId)
    .where('active', '=', 1)
    .orderBy('sortOrder')
    .orderBy('name')
    .execute();
}
