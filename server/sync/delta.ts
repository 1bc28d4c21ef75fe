import type { SyncDeletion, SyncResponse } from '../../src/api/sync.ts';
import { sqliteOf, type PortalDb } from '../db/database.ts';
import { preparedSync } from '../db/repositories/statement.ts';
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

/**
 * The delta sync of one guardian. The cursor is the sync clock's value at
 * the previous answer. A cursor equal to the clock means nothing changed
 * anywhere: one query answers it (the common case of a device checking in).
 *
 * Otherwise the queries run synchronously in one read transaction, so the
 * clock and the rows come from one snapshot and no other request's
 * statements slip in between.
 * TODO: SQLite only, like the version-stamping triggers it reads.
 */
export function deltaSync(db: PortalDb) {
  const sqlite = sqliteOf(db);
  if (!sqlite) throw new Error('The delta sync needs the SQLite database');
  const clock = preparedSync<{ version: number }>(
    sqlite,
    'SELECT version FROM sync_clock WHERE id = 1',
  );
  const collections = syncedCollections.map((collection) => ({
    collection,
    rows: preparedSync<Record<string, unknown>>(sqlite, deltaQuery(collection)),
  }));
  const withdrawn = preparedSync<{ withdrawn: number }>(sqlite, accessWithdrawnQuery);
  const tombstones = preparedSync<{ entity: string; entityId: number }>(
    sqlite,
    `SELECT entity, entity_id FROM tombstone
     WHERE district_id = ? AND version > ? ORDER BY version`,
  );

  const read = sqlite.transaction((viewer: SyncViewer, cursor: number, now: Date) => {
    const version = clock.first()?.version ?? 0;
    const full =
      cursor <= 0 ||
      cursor > version ||
      withdrawn.first(viewer.guardianId, cursor, viewer.districtId, cursor)?.withdrawn === 1;
    const since = full ? 0 : cursor;

    const changes: Record<string, unknown[]> = {};
    for (const { collection, rows } of collections) {
      const found = rows.all(viewer.guardianId, since);
      if (found.length > 0 || full) {
        changes[collection.collection] = found.map(withBooleans(collection));
      }
    }
    const deletions: SyncDeletion[] = [];
    if (!full) {
      for (const row of tombstones.all(viewer.districtId, since)) {
        const collection = collectionOfTable.get(row.entity);
        if (collection) deletions.push({ collection, id: row.entityId });
      }
    }
    return answer(version, now, full, changes, deletions);
  });

  return async (
    viewer: SyncViewer,
    cursorText: string | undefined,
    now: Date,
  ): Promise<SyncResponse> => {
    const cursor = cursorText === undefined ? 0 : Number(cursorText);
    const current = clock.first()?.version ?? 0;
    if (cursor === current && cursor > 0) {
      return answer(current, now, false, {}, []);
    }
    return read.deferred(viewer, cursor, now);
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
 *
 * TODO: deletions are all of the district's since the cursor (ids only,
 * no data): a deleted row no longer says whose it was. A per-guardian
 * record of what was sent would narrow them.
 */
const accessWithdrawnQuery = `
  SELECT EXISTS (
    SELECT 1 FROM guardian_student
    WHERE guardian_id = ? AND portal_access = 0 AND version > ?
  ) OR EXISTS (
    SELECT 1 FROM tombstone
    WHERE district_id = ? AND version > ? AND entity = 'guardian_student'
  ) AS withdrawn`;
