import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { openPortalDatabase } from '../../server/db/database.ts';
import { importOneRoster } from '../../server/import/oneroster/import.ts';
import { oneRosterBundle } from './helpers/oneroster-bundle.ts';

const files = oneRosterBundle;

const cleanup: string[] = [];
after(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-oneroster-'));
  cleanup.push(dir);
  return dir;
}

function writeBundle(dir: string, bundle: Record<string, string>): void {
  for (const [name, text] of Object.entries(bundle)) writeFileSync(join(dir, name), text);
}

async function importFixture() {
  const dir = tempDir();
  writeBundle(dir, files);
  const opened = await openPortalDatabase(join(tempDir(), 'portal.db'));
  const summary = await importOneRoster(opened, dir);
  return { dir, opened, summary };
}

test('a OneRoster 1.2 bundle maps into the portal, the gradebook too', async () => {
  const { opened, summary } = await importFixture();
  const { sqlite } = opened;
  const unclosed = summary.skipped.find((skip) => skip.file === 'categories.csv');
  assert.match(unclosed?.reason ?? '', /^not valid CSV \(Quote Not Closed/);
  if (unclosed) unclosed.reason = 'not valid CSV';

  assert.equal(summary.district, 'Willow Creek Unified');
  assert.deepEqual(summary.skipped, [
    { file: 'orgs.csv', line: 4, reason: 'a department: its classes are placed at its school S1' },
    { file: 'academicSessions.csv', line: 6, reason: 'startDate "someday" is not a date' },
    { file: 'classes.csv', line: 3, reason: 'unknown academic session T9' },
    { file: 'users.csv', line: 6, reason: 'no familyName' },
    { file: 'enrollments.csv', line: 5, reason: 'class K2 was skipped (classes.csv:3)' },
    { file: 'enrollments.csv', line: 6, reason: 'user P1 is not a student' },
    { file: 'categories.csv', line: 3, reason: 'not valid CSV' },
    { file: 'results.csv', line: 5, reason: 'unknown user U9' },
    {
      file: 'results.csv',
      line: 6,
      reason: 'a second row for line item L1 and student U1 (the first is results.csv:2)',
    },
  ]);
  assert.equal(summary.students, 2);
  assert.equal(summary.guardians, 1);
  assert.equal(summary.guardianLinks, 1);
  assert.equal(summary.assignments, 2);
  assert.equal(summary.scores, 3);
  assert.ok(summary.notes.includes('users.csv: column "prefferedGivenName" read as preferredGivenName'));
  assert.ok(summary.notes.includes('users.csv: columns not read: favouriteColour'));

  // Day-first dates; the class at the department is at its school.
  const term = sqlite.prepare('SELECT start_date, end_date, kind FROM term').get();
  assert.deepEqual(term, { start_date: '2030-08-26', end_date: '2030-12-20', kind: 'term' });
  const section = sqlite
    .prepare('SELECT s.name, s.room, sc.name AS school FROM section s JOIN school sc ON sc.id = s.school_id')
    .get();
  assert.deepEqual(section, { name: 'Earth Science 1', room: 'Room 12', school: 'Willow Creek Middle' });
  assert.equal(sqlite.prepare('SELECT count(*) AS n FROM section_period').pluck().get(), 2);
  // No calendar in OneRoster: the term's 17 weeks of weekdays are school days.
  assert.equal(summary.inferred.calendarDays, 85);
  const ada = sqlite.prepare("SELECT preferred_name, birth_date FROM student WHERE source_id = 'U1'").get();
  assert.deepEqual(ada, { preferred_name: 'Addie', birth_date: '2019-03-02' });
  const link = sqlite.prepare('SELECT relation, portal_access FROM guardian_student').get();
  assert.deepEqual(link, { relation: 'parent', portal_access: 1 });
  const enrollment = sqlite
    .prepare("SELECT start_date, grade_level, inferred FROM enrollment e JOIN student s ON s.id = e.student_id WHERE s.source_id = 'U1'")
    .get();
  assert.deepEqual(enrollment, { start_date: '2030-08-26', grade_level: '07', inferred: 0 });

  const assignments = sqlite
    .prepare(
      `SELECT a.title, a.category, a.due_date, a.points_possible, g.name AS period
       FROM assignment a LEFT JOIN grading_period g ON g.id = a.grading_period_id ORDER BY a.id`,
    )
    .all();
  assert.deepEqual(assignments, [
    { title: 'Rocks worksheet', category: 'Homework', due_date: '2030-09-06', points_possible: 10, period: 'Quarter 1' },
    { title: 'Lab report', category: null, due_date: '2030-10-30', points_possible: 20, period: 'Quarter 2' },
  ]);
  const scores = sqlite
    .prepare('SELECT points, mark, exempt, turned_in, scored_at FROM score ORDER BY id')
    .all();
  assert.deepEqual(scores, [
    { points: 9, mark: null, exempt: 0, turned_in: 1, scored_at: '2030-09-07' },
    { points: null, mark: null, exempt: 1, turned_in: 0, scored_at: null },
    { points: null, mark: 'A-', exempt: 0, turned_in: 1, scored_at: null },
  ]);
  await opened.db.destroy();
});

test('a delta export updates what changed, removes what it marks tobedeleted', async () => {
  const { dir, opened } = await importFixture();
  const { sqlite } = opened;
  const version = (id: string) =>
    sqlite.prepare<[string], number>('SELECT version FROM student WHERE source_id = ?').pluck().get(id);
  const before = { u1: version('U1'), u2: version('U2') };
  for (const name of Object.keys(files)) unlinkSync(join(dir, name));
  writeBundle(dir, {
    'manifest.csv': `propertyName,value
manifest.version,1.0
oneroster.version,1.2
file.users,delta
file.roles,delta
file.enrollments,delta
file.results,delta
`,
    'users.csv': 'sourcedId,status,dateLastModified,givenName,familyName,preferredGivenName\nU1,active,,Adelaide,Birch,Addie\n',
    'roles.csv': 'sourcedId,status,dateLastModified,userSourcedId,role,orgSourcedId\nR1,active,,U1,student,S1\n',
    'enrollments.csv': 'sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role\nE2,tobedeleted,,K1,U2,student\n',
    'results.csv': 'sourcedId,status,dateLastModified,lineItemSourcedId,studentSourcedId\nQ1,tobedeleted,,L1,U1\n',
  });

  const summary = await importOneRoster(opened, dir);

  assert.equal(summary.district, 'Willow Creek Unified');
  assert.deepEqual(summary.skipped, [
    { file: 'enrollments.csv', line: 2, reason: 'status tobedeleted: removed' },
    { file: 'results.csv', line: 2, reason: 'status tobedeleted: removed' },
  ]);
  assert.equal(summary.inserted, 0);
  assert.equal(summary.updated, 1);
  assert.equal(summary.removed, 2);
  assert.ok(version('U1')! > before.u1!);
  assert.equal(version('U2'), before.u2);
  const tombstones = sqlite.prepare('SELECT entity FROM tombstone ORDER BY id').pluck().all();
  assert.deepEqual(tombstones, ['section_placement', 'score']);
  await opened.db.destroy();
});

const repo = resolve(import.meta.dirname, '../..');

function runCli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/import.ts', ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_DB: join(tempDir(), 'unused.db') },
  });
}

test('the CLI with --json prints one JSON object and nothing else', () => {
  const dir = tempDir();
  writeBundle(dir, files);

  const run = runCli(['oneroster', dir, '--db', join(tempDir(), 'portal.db'), '--json']);

  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, 1);
  const summary = JSON.parse(lines[0]!);
  assert.equal(summary.district, 'Willow Creek Unified');
  assert.equal(summary.students, 2);
  assert.equal(summary.scores, 3);
  assert.equal(summary.skipped.length, 9);
  assert.deepEqual(summary.skipped[3], { file: 'users.csv', line: 6, reason: 'no familyName' });
});

/** A refused import: exit code 1, the reason on stderr, no stack trace. */
function assertRefused(run: ReturnType<typeof runCli>, message: RegExp): void {
  assert.equal(run.status, 1, run.stderr);
  assert.match(run.stderr, message);
  assert.doesNotMatch(run.stderr, /\n\s+at /);
  assert.equal(run.stdout, '');
}

test('a bundle without manifest.csv is refused with the reason', () => {
  const dir = tempDir();
  const { 'manifest.csv': _manifest, ...rest } = files;
  writeBundle(dir, rest);
  assertRefused(runCli(['oneroster', dir]), /has no manifest\.csv/);
});

test('an unknown OneRoster version is refused', () => {
  const dir = tempDir();
  writeBundle(dir, { ...files, 'manifest.csv': files['manifest.csv']!.replace('1.2', '2.0') });
  assertRefused(
    runCli(['oneroster', dir]),
    /oneroster\.version is "2\.0"; this importer reads OneRoster 1\.0, 1\.1, 1\.2/,
  );
});

test('a misspelled required header is named, and nothing is written', async () => {
  const dir = tempDir();
  const users = files['users.csv']!.replace('familyName', 'famliyName');
  writeBundle(dir, { ...files, 'users.csv': users });
  const db = join(tempDir(), 'portal.db');

  assertRefused(
    runCli(['oneroster', dir, '--db', db]),
    /users\.csv has no familyName column; is "famliyName" a misspelling of it\?/,
  );
  const opened = await openPortalDatabase(db);
  assert.equal(opened.sqlite.prepare('SELECT count(*) FROM district').pluck().get(), 0);
  await opened.db.destroy();
});

test('an export without a district org needs --district on an empty database', () => {
  const dir = tempDir();
  const orgs = 'sourcedId,status,dateLastModified,name,type\nS1,active,,Willow Creek Middle,school\n';
  writeBundle(dir, { ...files, 'orgs.csv': orgs });
  const db = join(tempDir(), 'portal.db');

  assertRefused(runCli(['oneroster', dir, '--db', db]), /name it with --district NAME/);
  const run = runCli(['oneroster', dir, '--db', db, '--district', 'Willow Creek', '--json']);
  assert.equal(run.status, 0, run.stderr);
  assert.equal(JSON.parse(run.stdout).district, 'Willow Creek');
});

test('the CLI refuses bad arguments with exit code 2', () => {
  const run = runCli(['oneroster']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /no directory given/);
  assert.match(run.stderr, /npm run import -- oneroster <dir>/);
  assert.equal(runCli(['oneroster', '.', '--prune']).status, 2);
  assert.equal(runCli(['edfi', '.', '--district', 'X']).status, 2);
});
