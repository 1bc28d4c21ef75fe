import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import type { SyncResponse } from '../../src/api/sync.ts';
import { insert } from './helpers/fixture.ts';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';

let world: TestWorld;
let cookie: string;
beforeEach(async () => {
  world = await buildTestWorld();
  cookie = await signedInAs(world, 'a');
});
afterEach(() => closeTestWorld(world));

async function sync(cursor?: string): Promise<SyncResponse> {
  const url = cursor === undefined ? '/api/v1/sync' : `/api/v1/sync?cursor=${cursor}`;
  const response = await getAs(world.app, cookie, url);
  assert.equal(response.statusCode, 200, response.body);
  assert.equal(response.headers['cache-control'], 'no-store');
  return response.json();
}

const ids = (rows: Array<{ id: number }> | undefined) =>
  (rows ?? []).map((row) => row.id).sort((a, b) => a - b);

test('the first sync sends all of the guardian\'s data and nothing else', async () => {
  const { students, sections, scores, attendanceEvents, links, staff } = world.fixture;
  const first = await sync();
  assert.equal(first.full, true);
  assert.deepEqual(first.deletions, []);
  assert.deepEqual(ids(first.changes.students), [students.ana, students.ben]);
  assert.deepEqual(ids(first.changes.guardianStudents), [links.anaA, links.benA]);
  assert.deepEqual(
    ids(first.changes.sections),
    [sections.math, sections.englishSpring, sections.homeroom].sort((a, b) => a - b),
  );
  assert.deepEqual(ids(first.changes.scores), [scores.anaHomework, scores.benReading]);
  assert.deepEqual(
    ids(first.changes.attendanceEvents),
    [attendanceEvents.anaAbsent, attendanceEvents.anaLate, attendanceEvents.benAbsent],
  );
  assert.deepEqual(
    ids(first.changes.staff),
    [staff.mathTeacher, staff.englishTeacher, staff.classTeacher],
  );
  assert.equal(first.changes.calendarDays?.length, 4);
  const score = first.changes.scores?.find((s) => s.id === scores.anaHomework);
  assert.equal(score?.late, true, 'flags are booleans');
  assert.equal(score?.missing, false);
  assert.equal(first.changes.schools?.[0]?.usesGradebook, true);
  const everything = JSON.stringify(first.changes);
  assert.ok(!everything.includes('Cleo'), 'no other guardian\'s student');
});

test('a cursor with nothing new gets an empty answer', async () => {
  const first = await sync();
  const again = await sync(first.cursor);
  assert.equal(again.full, false);
  assert.equal(again.cursor, first.cursor);
  assert.deepEqual(again.changes, {});
  assert.deepEqual(again.deletions, []);
});

test('changes elsewhere in the district send nothing', async () => {
  const first = await sync();
  await world.db
    .updateTable('score')
    .set({ points: 3 })
    .where('id', '=', world.fixture.scores.cleoHomework)
    .execute();
  const again = await sync(first.cursor);
  assert.notEqual(again.cursor, first.cursor);
  assert.deepEqual(again.changes, {});
});

test('an update is sent once', async () => {
  const first = await sync();
  await world.db
    .updateTable('score')
    .set({ points: 10, late: 0 })
    .where('id', '=', world.fixture.scores.anaHomework)
    .execute();
  const second = await sync(first.cursor);
  assert.deepEqual(Object.keys(second.changes), ['scores']);
  assert.equal(second.changes.scores?.[0]?.points, 10);
  assert.equal(second.changes.scores?.[0]?.late, false);
  const third = await sync(second.cursor);
  assert.deepEqual(third.changes, {});
});

test('a deletion comes as a tombstone', async () => {
  const first = await sync();
  const gone = world.fixture.attendanceEvents.anaLate;
  await world.db.deleteFrom('attendanceEvent').where('id', '=', gone).execute();
  const second = await sync(first.cursor);
  assert.equal(second.full, false);
  assert.deepEqual(second.deletions, [{ collection: 'attendanceEvents', id: gone }]);
});

test('a new link sends the student\'s old records', async () => {
  const first = await sync();
  const { students, districtId, guardians, scores, sections } = world.fixture;
  const link = await insert(world.db, 'guardianStudent', {
    districtId, guardianId: guardians.a.id, studentId: students.cleo,
  });
  const second = await sync(first.cursor);
  assert.equal(second.full, false);
  assert.deepEqual(ids(second.changes.students), [students.cleo]);
  assert.deepEqual(ids(second.changes.guardianStudents), [link]);
  assert.deepEqual(ids(second.changes.scores), [scores.cleoHomework]);
  assert.deepEqual(ids(second.changes.sections), [sections.math]);
  assert.equal(second.changes.enrollments?.length, 1);
  assert.equal(second.changes.grades?.length, 1);
});

test('a new placement sends its section, course and teachers', async () => {
  const first = await sync();
  const { students, districtId, sections, courses, staff } = world.fixture;
  await insert(world.db, 'sectionPlacement', {
    districtId, studentId: students.ben, sectionId: sections.englishSpring,
  });
  const second = await sync(first.cursor);
  assert.deepEqual(ids(second.changes.sections), [sections.englishSpring]);
  assert.deepEqual(ids(second.changes.courses), [courses.english]);
  assert.deepEqual(ids(second.changes.staff), [staff.englishTeacher]);
  assert.equal(second.changes.assignments?.length, 1);
});

test('portal_access = 0 hides a student', async () => {
  const first = await sync();
  await world.db
    .updateTable('guardianStudent')
    .set({ portalAccess: 0 })
    .where('id', '=', world.fixture.links.anaA)
    .execute();
  const second = await sync(first.cursor);
  assert.equal(second.full, true, 'the device replaces what it holds');
  assert.deepEqual(ids(second.changes.students), [world.fixture.students.ben]);
  assert.ok(!JSON.stringify(second.changes).includes('"Ana"'));
  world.clock.advance(3_000); // GET /session may be two seconds stale
  const session = await getAs(world.app, cookie, '/api/v1/session');
  assert.deepEqual(
    session.json().students.map((s: { id: number }) => s.id),
    [world.fixture.students.ben],
  );
});

test('an unknown cursor gets everything', async () => {
  const answer = await sync('999999999');
  assert.equal(answer.full, true);
  assert.equal(answer.changes.students?.length, 2);
});

test('without a session the sync is refused', async () => {
  const response = await world.app.inject({ url: '/api/v1/sync' });
  assert.equal(response.statusCode, 401);
  assert.equal(response.json().code, 'not_signed_in');
});
