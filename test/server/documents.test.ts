import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { addDocument, isPdf } from '../../server/documents/store.ts';
import { renderReportCard } from '../../server/documents/report-card-pdf.ts';
import { contentDisposition } from '../../server/routes/documents/index.ts';
import { getAs, signedInAs, type TestWorld, TestClock } from './helpers/app.ts';
import { buildFixture } from './helpers/fixture.ts';

/**
 * Report cards and documents on a database file: the admin command that
 * adds one (PDFs only), the list per student and year, the download, and
 * that only a guardian's own students' documents open.
 */
let folder: string;
let file: string;
let world: TestWorld;
let pdf: Buffer;

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portal-documents-'));
  file = join(folder, 'portal.db');
  const { db } = await openPortalDatabase(file);
  const fixture = await buildFixture(db);
  const clock = new TestClock();
  const app = await buildApp({ db, secureCookies: false, now: clock.now });
  world = { app, db, fixture, clock };
  pdf = await renderReportCard({
    district: 'Grand Bend', school: 'Grand Bend High School', student: 'Ana Rivera',
    schoolYear: '2025-2026', madeAt: new Date('2025-12-20T00:00:00Z'),
    lines: [{ period: 'First Quarter', course: 'Algebra I', grade: 'A-', comment: 'Bien hecho' }],
  });
});
afterEach(async () => {
  await world.app.close();
  await world.db.destroy();
  rmSync(folder, { recursive: true, force: true });
});

function admin(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/cli/admin.ts', 'add-document', ...args, '--db', file],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the report card renderer makes a PDF', () => {
  assert.ok(isPdf(pdf));
  assert.ok(pdf.length > 1000);
});

test('add-document keeps a PDF that the guardian lists and downloads', async () => {
  const path = join(folder, 'Q1 report card.pdf');
  writeFileSync(path, pdf);
  const studentSourceId = await world.db.selectFrom('student').select('sourceId')
    .where('id', '=', world.fixture.students.ana).executeTakeFirstOrThrow();
  const added = admin(studentSourceId.sourceId, '2025-2026', path, '--title', 'First quarter');
  assert.equal(added.status, 0, added.stderr);

  const cookie = await signedInAs(world, 'a');
  const { ana } = world.fixture.students;
  const list = await getAs(world.app, cookie, `/api/v1/students/${ana}/documents`);
  assert.equal(list.statusCode, 200, list.body);
  const [document] = list.json().documents;
  assert.deepEqual(
    { ...document, createdAt: undefined },
    {
      id: document.id, studentId: ana, schoolYearId: world.fixture.schoolYear,
      schoolYear: '2025-2026', kind: 'document', title: 'First quarter',
      byteSize: pdf.length, createdAt: undefined,
    },
  );

  const url = `/api/v1/students/${ana}/documents/${document.id}`;
  const download = await getAs(world.app, cookie, url);
  assert.equal(download.statusCode, 200);
  assert.equal(download.headers['content-type'], 'application/pdf');
  assert.equal(
    download.headers['content-disposition'],
    `inline; filename="Q1 report card.pdf"; filename*=UTF-8''Q1%20report%20card.pdf`,
  );
  assert.equal(download.headers['cache-control'], 'no-store');
  assert.deepEqual(download.rawPayload, pdf);
});

test('add-document refuses what is not a PDF, an unknown student or year', async () => {
  const text = join(folder, 'notes.pdf');
  writeFileSync(text, 'Just some text, renamed to .pdf\n');
  const student = await world.db.selectFrom('student').select('sourceId')
    .where('id', '=', world.fixture.students.ana).executeTakeFirstOrThrow();
  const notPdf = admin(student.sourceId, '2025-2026', text);
  assert.equal(notPdf.status, 1);
  assert.match(notPdf.stderr, /is not a PDF/);
  const good = join(folder, 'good.pdf');
  writeFileSync(good, pdf);
  assert.match(admin('NOBODY', '2025-2026', good).stderr, /Student NOBODY is not known/);
  assert.match(admin(student.sourceId, '1999-2000', good).stderr, /No school year 1999-2000/);
  const missing = join(folder, 'missing.pdf');
  assert.match(admin(student.sourceId, '2025-2026', missing).stderr, /Cannot read/);
  assert.equal(admin(student.sourceId).status, 2);
  const count = await world.db.selectFrom('studentDocument').select('id').execute();
  assert.equal(count.length, 0);
});

test('only the guardian\'s own students\' documents list and open (404 otherwise)', async () => {
  const { ana, cleo } = world.fixture.students;
  const add = (studentId: number) => addDocument(world.db, {
    districtId: world.fixture.districtId, studentId, schoolYearId: world.fixture.schoolYear,
    kind: 'report_card', title: 'Report card', fileName: 'card.pdf', content: pdf,
    now: new Date(),
  });
  const anaCard = await add(ana);
  const cleoCard = await add(cleo);
  const cookie = await signedInAs(world, 'a');

  const theirs = await getAs(world.app, cookie, `/api/v1/students/${cleo}/documents`);
  assert.equal(theirs.statusCode, 404);
  assert.equal(theirs.json().code, 'not_found');
  for (const url of [
    `/api/v1/students/${cleo}/documents/${cleoCard}`,
    // Ana's guardian asking for Cleo's card under Ana's id.
    `/api/v1/students/${ana}/documents/${cleoCard}`,
    `/api/v1/students/${ana}/documents/999999`,
  ]) {
    const response = await getAs(world.app, cookie, url);
    assert.equal(response.statusCode, 404, url);
    assert.equal(response.json().code, 'not_found');
  }
  const bad = await getAs(world.app, cookie, `/api/v1/students/${ana}/documents/abc`);
  assert.equal(bad.statusCode, 400);
  const mine = await getAs(world.app, cookie, `/api/v1/students/${ana}/documents/${anaCard}`);
  assert.equal(mine.statusCode, 200);
  const anonymous = await world.app.inject({
    method: 'GET', url: `/api/v1/students/${ana}/documents/${anaCard}`,
  });
  assert.equal(anonymous.statusCode, 401);
});

test('a file name outside ASCII keeps its UTF-8 form and a safe fallback', () => {
  assert.equal(
    contentDisposition('Boletín "final".pdf'),
    `inline; filename="Bolet_n _final_.pdf"; filename*=UTF-8''Bolet%C3%ADn%20%22final%22.pdf`,
  );
});
