import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { openPortalDatabase } from '../../server/db/database.ts';
import { syncedTables } from '../../server/db/migrations/0001-core.ts';
import { importEdFi } from '../../server/import/edfi/import.ts';

// The sample export lives beside the project, never inside it.
const grandBend = resolve(import.meta.dirname, '../../../shared/data/edfi-grand-bend');
const missing = existsSync(grandBend)
  ? false
  : `the Grand Bend sample is not at ${grandBend}`;

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-import-'));
  dirs.push(dir);
  return openPortalDatabase(join(dir, 'portal.db'));
}

function rowCounts(sqlite: import('better-sqlite3').Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of [...syncedTables, 'tombstone']) {
    const row = sqlite.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get();
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

function clock(sqlite: import('better-sqlite3').Database): number {
  return sqlite.prepare<[], { version: number }>('SELECT version FROM sync_clock').get()!.version;
}

test('the Grand Bend export imports with the exact figures', { skip: missing }, async () => {
  const opened = await freshDatabase();
  const summary = await importEdFi(opened, grandBend);

  assert.equal(summary.district, 'Grand Bend ISD');
  assert.equal(summary.schools, 3);
  assert.equal(summary.students, 960);
  assert.equal(summary.guardians, 1873);
  assert.equal(summary.guardianLinks, 1872);
  assert.equal(summary.sections, 532);
  assert.equal(summary.attendanceEvents, 1917);
  assert.equal(summary.assignments, 10);
  assert.equal(summary.scores, 250);
  assert.deepEqual(summary.skipped, []);
  assert.equal(summary.updated, 0);
  assert.ok(summary.seconds < 10, `import took ${summary.seconds} s`);

  const { sqlite } = opened;
  const count = (sql: string) => sqlite.prepare<[], { n: number }>(sql).get()!.n;
  assert.equal(count('SELECT count(*) AS n FROM section'), 532);
  assert.equal(count("SELECT count(*) AS n FROM district WHERE time_zone = 'America/Chicago'"), 1);
  // Every student with an attendance event or a score has an enrollment.
  assert.equal(
    count(`SELECT count(DISTINCT student_id) AS n FROM (
      SELECT student_id FROM attendance_event UNION SELECT student_id FROM score)
      WHERE student_id NOT IN (SELECT student_id FROM enrollment)`),
    0,
  );
  assert.equal(count('SELECT count(*) AS n FROM enrollment WHERE inferred = 1'), summary.inferred.enrollments);
  assert.equal(count('SELECT count(DISTINCT student_id) AS n FROM score'), summary.inferred.sectionPlacements);
  assert.ok(summary.inferred.calendarDays > 500);
  assert.equal(
    count("SELECT count(*) AS n FROM attendance_event WHERE category = 'tardy'"),
    66,
  );
  assert.equal(count("SELECT count(*) AS n FROM score WHERE late = 1"), 25);
  await opened.db.destroy();
});

test('importing the same Grand Bend files again changes nothing', { skip: missing }, async () => {
  const opened = await freshDatabase();
  await importEdFi(opened, grandBend);
  const versionBefore = clock(opened.sqlite);
  const countsBefore = rowCounts(opened.sqlite);

  // Pruning with the same complete export must find nothing to remove.
  const again = await importEdFi(opened, grandBend, { prune: true });

  assert.equal(clock(opened.sqlite), versionBefore);
  assert.deepEqual(rowCounts(opened.sqlite), countsBefore);
  assert.equal(again.inserted, 0);
  assert.equal(again.updated, 0);
  assert.equal(again.removed, 0);
  assert.equal(again.students, 960);
  assert.equal(again.scores, 250);
  await opened.db.destroy();
});
