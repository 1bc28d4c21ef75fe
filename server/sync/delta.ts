import { sql } from 'kysely';
import type { SyncDeletion, SyncResponse } from '../../src/api/sync.ts';
import type { PortalDb } from '../db/database.ts';
import { statement } from '../db/repositories/statement.ts';
import {
  collectionOfTable,
  syncedCollections,
  type SyncedCollection,
} from './collections.ts';

/** Whose view to compute. */
export interface SyncViewer {
  guardianId: number;
  districtId: number;
}

/** The named sets every collection's reach is written against. */
const reachSets = `
  p AS (SELECT ? AS g, ? AS c),
  links AS (
    SELECT gs.student_id, gs.version AS lv FROM guardian_student gs, p
    WHERE gs.guardian_id = p.g AND gs.portal_access = 1),
  section_reach AS (
    SELECT sp.section_id, max(l.lv, sp.version) AS pv
    FROM section_placement sp JOIN links l ON l.student_id = sp.student_id),
  school_reach AS (
    SELECT e.school_id, max(l.lv, e.version) AS pv
    FROM enrollment e JOIN links l ON l.student_id = e.student_id
    UNION ALL
    SELECT s.school_id, max(xr.pv, s.version) AS pv
    FROM section s JOIN section_reach xr ON xr.section_id = s.id)`;

function deltaQuery(collection: SyncedCollection): string {
  const columns = collection.columns.map((c) => `r.${c}`).join(', ');
  return `WITH ${reachSets},
    reach (id, pv) AS (${collection.reach}),
    seen AS (SELECT id, max(pv) AS pv FROM reach GROUP BY id)
    SELECT ${columns} FROM ${collection.table} r
    JOIN seen ON seen.id = r.id, p
    WHERE r.version > p.c OR seen.pv > p.c
    ORDER BY r.id`;
}

const queries = syncedCollections.map((collection) => ({
  collection,
  text: deltaQuery(collection),
}));

/**
 * The delta sync of one guardian. The cursor is the sync clock's value at
 * the previous answer. A cursor equal to the clock means nothing changed
 * anywhere: one query answers it (the common case of a device checking in).
 */
export function deltaSync(db: PortalDb) {
  const clock = statement<{ version: number }>(
    db,
    'SELECT version FROM sync_clock WHERE id = 1',
  );

  return async (
    viewer: SyncViewer,
    cursorText: string | undefined,
    now: Date,
  ): Promise<SyncResponse> => {
    const cursor = cursorText === undefined ? 0 : Number(cursorText);
    const current = (await clock.first())?.version ?? 0;
    if (cursor === current && cursor > 0) {
      return answer(current, now, false, {}, []);
    }

    // One read transaction: the clock and the rows come from one snapshot.
    return db.transaction().execute(async (trx) => {
      const version = (await statement<{ version: number }>(
        trx, 'SELECT version FROM sync_clock WHERE id = 1',
      ).first())?.version ?? 0;
      const full =
        cursor <= 0 || cursor > version || (await accessWithdrawn(trx, viewer, cursor));
      const since = full ? 0 : cursor;

      const changes: Record<string, unknown[]> = {};
      for (const { collection, text } of queries) {
        const rows = await statement<Record<string, unknown>>(trx, text).all(
          viewer.guardianId,
          since,
        );
        if (rows.length > 0 || full) {
          changes[collection.collection] = rows.map(withBooleans(collection));
        }
      }
      const deletions = full ? [] : await deletedSince(trx, viewer, since);
      return answer(version, now, full, changes, deletions);
    });
  };
}

function answer(
  version: number,
  now: Date,
  full: boolean,
  changes: Record<string, unknown[]>,
  deletions: SyncDeletion[],
): SyncResponse {
  return {
    cursor: String(version),
    serverTime: now.toISOString(),
    full,
    // The rows were selected column by column for their collection.
    changes: changes as SyncResponse['changes'],
    deletions,
  };
}

function withBooleans(collection: SyncedCollection) {
  const flags = collection.flags ?? [];
  return (row: Record<string, unknown>) => {
    for (const flag of flags) row[flag] = row[flag] === 1;
    return row;
  };
}

/**
 * A device that held a student the guardian may no longer see is sent
 * everything again (`full`), so it drops the student and all that came
 * with it. That happens when one of the guardian's links lost portal
 * access, or when any link of the district was deleted since the cursor
 * (a deleted link no longer says whose it was).
 */
async function accessWithdrawn(
  db: PortalDb,
  viewer: SyncViewer,
  cursor: number,
): Promise<boolean> {
  const row = await sql<{ withdrawn: number }>`
    SELECT EXISTS (
      SELECT 1 FROM guardian_student
      WHERE guardian_id = ${viewer.guardianId} AND portal_access = 0
        AND version > ${cursor}
    ) OR EXISTS (
      SELECT 1 FROM tombstone
      WHERE district_id = ${viewer.districtId} AND version > ${cursor}
        AND entity = 'guardian_student'
    ) AS withdrawn`.execute(db);
  return row.rows[0]?.withdrawn === 1;
}

/**
 * Deletions since the cursor, named by collection and id.
 * TODO: a deleted row no longer says whose it was, so these are all of the
 * district's deletions (ids only, no data); a per-guardian record of what
 * was sent would narrow them.
 */
async function deletedSince(
  db: PortalDb,
  viewer: SyncViewer,
  since: number,
): Promise<SyncDeletion[]> {
  const rows = await db
    .selectFrom('tombstone')
    .select(['entity', 'entityId'])
    .where('districtId', '=', viewer.districtId)
    .where('version', '>', since)
    .orderBy('version')
    .execute();
  const deletions: SyncDeletion[] = [];
  for (const row of rows) {
    const collection = collectionOfTable.get(row.entity);
    if (collection) deletions.push({ collection, id: row.entityId });
  }
  return deletions;
}
