import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import type SQLite from 'better-sqlite3';
import { parse } from 'csv-parse/sync';
import { openPortalDatabase } from '../../server/db/database.ts';
import { syncedTables } from '../../server/db/migrations/0001-core.ts';
import { importOneRoster } from '../../server/import/oneroster/import.ts';
import type { ImportSummary } from '../../server/import/report.ts';

// The sample bundles live beside the project, never inside it.
const samples = resolve(import.meta.dirname, '../../../shared/data/oneroster');
const missing = existsSync(samples) ? false : `the OneRoster samples are not at ${samples}`;
const bundles = missing ? [] : readdirSync(samples).sort();

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function freshDatabase() {
  const dir = mkdtempSync(join(tmpdir(), 'portal-oneroster-'));
  dirs.push(dir);
  return openPortalDatabase(join(dir, 'portal.db'));
}

/** Data rows of a bundle's file, counted with the CSV library (0 when absent). */
function rowsIn(bundle: string, name: string): number {
  const file = readdirSync(join(samples, bundle)).find(
    (f) => f.toLowerCase() === `${name.toLowerCase()}.csv`,
  );
  if (!file) return 0;
  const text = readFileSync(join(samples, bundle, file), 'utf8');
  const records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  return Math.max(0, records.length - 1);
}

function skippedIn(summary: ImportSummary, file: string): number {
  return summary.skipped.filter((s) => s.file.toLowerCase() === `${file.toLowerCase()}.csv`)
    .length;
}

function count(sqlite: SQLite.Database, sql: string): number {
  return sqlite.prepare<[], { n: number }>(sql).get()!.n;
}

function rowCounts(sqlite: SQLite.Database): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const table of [...syncedTables, 'tombstone']) {
    counts[table] = count(sqlite, `SELECT count(*) AS n FROM ${table}`);
  }
  return counts;
}

function clock(sqlite: SQLite.Database): number {
  return sqlite.prepare<[], { version: number }>('SELECT version FROM sync_clock').get()!.version;
}

for (const bundle of bundles.length > 0 ? bundles : ['(none)']) {
  test(`the ${bundle} bundle imports every row it does not report`, { skip: missing }, async () => {
    const opened = await freshDatabase();
    const summary = await importOneRoster(opened, join(samples, bundle), {
      district: 'Sample District',
    });
    const { sqlite } = opened;
    const rows = (name: string) => rowsIn(bundle, name) - skippedIn(summary, name);

    assert.equal(rows('orgs'), summary.schools);
    assert.equal(
      rows('academicSessions'),
      summary.schoolYears + summary.terms + summary.gradingPeriods,
    );
    assert.equal(rows('courses'), summary.courses);
    assert.equal(rows('classes'), summary.sections);
    assert.equal(count(sqlite, 'SELECT count(*) AS n FROM section'), summary.sections);
    // One person may be both staff and a guardian: count people once.
    const people = count(
      sqlite,
      `SELECT count(*) AS n FROM (SELECT source_id FROM student UNION
       SELECT source_id FROM staff UNION SELECT source_id FROM guardian)`,
    );
    assert.equal(rows('users'), people);
    assert.equal(rows('enrollments'), summary.sectionPlacements + summary.sectionStaff);
    assert.equal(
      rows('demographics'),
      count(sqlite, 'SELECT count(*) AS n FROM student WHERE birth_date IS NOT NULL'),
    );
    if (rowsIn(bundle, 'relationships') > 0) {
      assert.equal(rows('relationships'), summary.guardianLinks);
    }
    for (const skip of summary.skipped) {
      assert.ok(skip.line > 1, `${skip.file}:${skip.line} is a data line`);
      assert.ok(skip.reason.length > 0);
    }
    await opened.db.destroy();
  });

  test(`importing ${bundle} again changes nothing`, { skip: missing }, async () => {
    const opened = await freshDatabase();
    const dir = join(samples, bundle);
    const first = await importOneRoster(opened, dir, { district: 'Sample District' });
    const versionBefore = clock(opened.sqlite);
    const countsBefore = rowCounts(opened.sqlite);

    const again = await importOneRoster(opened, dir, { district: 'Sample District' });

    assert.equal(again.inserted, 0);
    assert.equal(again.updated, 0);
    assert.equal(clock(opened.sqlite), versionBefore);
    assert.deepEqual(rowCounts(opened.sqlite), countsBefore);
    assert.deepEqual(again.skipped, first.skipped);
    assert.equal(again.students, first.students);
    await opened.db.destroy();
  });
}

test('catalyst 1.1: the parent is linked to his child, bad rows say why', { skip: missing }, async () => {
  const opened = await freshDatabase();
  const summary = await importOneRoster(opened, join(samples, 'catalyst-v1p1-full'), {
    district: 'Sample District',
  });

  const links = opened.sqlite
    .prepare(
      `SELECT g.source_id AS guardian, s.source_id AS student, l.relation, l.portal_access
       FROM guardian_student l JOIN guardian g ON g.id = l.guardian_id
       JOIN student s ON s.id = l.student_id`,
    )
    .all();
  assert.deepEqual(links, [
    { guardian: 'usr-222-1234561', student: 'usr-222-66778899', relation: 'parent', portal_access: 1 },
  ]);
  assert.deepEqual(summary.skipped, [
    { file: 'academicSessions.csv', line: 2, reason: 'status tobedeleted: not imported' },
    { file: 'classes.csv', line: 3, reason: 'status tobedeleted: not imported' },
    { file: 'enrollments.csv', line: 3, reason: 'user usr-222-987654 is not a student' },
    { file: 'enrollments.csv', line: 5, reason: 'class cls-222-123478 was skipped (classes.csv:3)' },
    { file: 'enrollments.csv', line: 6, reason: 'class cls-222-123478 was skipped (classes.csv:3)' },
    { file: 'enrollments.csv', line: 7, reason: 'class cls-222-123478 was skipped (classes.csv:3)' },
  ]);
  // Courses are absent: the class's course is made from the class.
  assert.equal(summary.inferred.courses, 1);
  const course = opened.sqlite.prepare('SELECT source_id, title, code FROM course').get();
  assert.deepEqual(course, {
    source_id: 'crs-222-2023-456-12345',
    title: 'Introduction to Physics',
    code: 'Phys 100 - 1',
  });
  await opened.db.destroy();
});

test('catalyst 1.2: roles.csv gives roles, misspelled headers are read and reported', { skip: missing }, async () => {
  const opened = await freshDatabase();
  const summary = await importOneRoster(opened, join(samples, 'catalyst-v1p2-full'), {
    district: 'Sample District',
  });
  const { sqlite } = opened;

  // John Doe teaches and is a guardian (roles.csv) of the two students naming him.
  assert.equal(count(sqlite, "SELECT count(*) AS n FROM staff WHERE source_id = 'usr-222-123456'"), 1);
  const children = sqlite
    .prepare(
      `SELECT s.source_id AS student FROM guardian_student l
       JOIN guardian g ON g.id = l.guardian_id JOIN student s ON s.id = l.student_id
       WHERE g.source_id = 'usr-222-123456' ORDER BY s.source_id`,
    )
    .all();
  assert.deepEqual(children, [{ student: 'usr-222-1234561232' }, { student: 'usr-222-66778899' }]);
  // The row with an empty status and date is imported; its preferred name too.
  const mary = sqlite
    .prepare("SELECT first_name, preferred_name FROM student WHERE source_id = 'usr-222-66778899'")
    .get();
  assert.deepEqual(mary, { first_name: 'Mary', preferred_name: 'MJ' });
  assert.ok(summary.notes.includes('users.csv: column "prefferedGivenName" read as preferredGivenName'));
  assert.ok(summary.notes.includes('roles.csv: column "dataLastModified" read as dateLastModified'));
  // roles.csv begin dates make enrollments in 2023-2024.
  assert.equal(summary.enrollments, 3);
  await opened.db.destroy();
});

test('School Data Sync: relationships.csv links guardians and relatives', { skip: missing }, async () => {
  const opened = await freshDatabase();
  const summary = await importOneRoster(opened, join(samples, 'sds-v2.1'), {
    district: 'Sample District',
  });

  const links = opened.sqlite
    .prepare(
      `SELECT g.first_name || ' ' || g.last_name AS guardian, s.first_name AS student, l.relation
       FROM guardian_student l JOIN guardian g ON g.id = l.guardian_id
       JOIN student s ON s.id = l.student_id ORDER BY l.id`,
    )
    .all();
  assert.deepEqual(links, [
    { guardian: 'Jean Craig', student: 'Jack', relation: 'guardian' },
    { guardian: 'Jean Craig', student: 'Fred', relation: 'relative' },
    { guardian: 'Bob Smithee', student: 'Alice', relation: 'guardian' },
  ]);
  assert.ok(summary.notes.includes('read as School Data Sync 2.1'));
  assert.deepEqual(
    summary.skipped.map((s) => `${s.file}:${s.line}`),
    ['orgs.csv:3', 'orgs.csv:5', 'demographics.csv:5', 'demographics.csv:6'],
  );
  // Each student's role names the school year: four enrollments, none inferred.
  const enrollments = opened.sqlite
    .prepare('SELECT count(*) AS n, sum(inferred) AS inferred FROM enrollment')
    .get();
  assert.deepEqual(enrollments, { n: 4, inferred: 0 });
  await opened.db.destroy();
});
