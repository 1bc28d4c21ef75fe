import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';
import { guardianRouteUrls, studentRouteUrls } from './helpers/routes.ts';

let world: TestWorld;
let cookie: string;
beforeEach(async () => {
  world = await buildTestWorld();
  cookie = await signedInAs(world, 'a');
});
afterEach(() => closeTestWorld(world));

test('another guardian\'s student is a 404 on every student route', async () => {
  const cleo = world.fixture.students.cleo;
  for (const url of studentRouteUrls(cleo)) {
    const response = await getAs(world.app, cookie, url);
    assert.equal(response.statusCode, 404, url);
    const unknown = await getAs(world.app, cookie, url.replace(`/${cleo}/`, '/999999/'));
    assert.deepEqual(response.json(), unknown.json(), `${url}: same as no such student`);
  }
});

test('a student whose link has no portal access is a 404 too', async () => {
  await world.db
    .updateTable('guardianStudent')
    .set({ portalAccess: 0 })
    .where('id', '=', world.fixture.links.benA)
    .execute();
  for (const url of studentRouteUrls(world.fixture.students.ben)) {
    assert.equal((await getAs(world.app, cookie, url)).statusCode, 404, url);
  }
});

test('query ids of another student\'s records are not found or empty', async () => {
  const { students, terms, sections } = world.fixture;
  const schedule = await getAs(
    world.app, cookie, `/api/v1/students/${students.ben}/schedule?term=${terms.fall}`,
  );
  assert.equal(schedule.statusCode, 404, 'Ben has no fall high school term');
  const assignments = await getAs(
    world.app, cookie, `/api/v1/students/${students.ben}/assignments?section=${sections.math}`,
  );
  assert.deepEqual(assignments.json().assignments, []);
});

test('the sync and the lists never carry another guardian\'s student', async () => {
  const { cleo } = world.fixture.students;
  const { cleoHomework } = world.fixture.scores;
  const sync = (await getAs(world.app, cookie, '/api/v1/sync')).json();
  for (const [collection, rows] of Object.entries(sync.changes)) {
    for (const row of rows as Array<Record<string, unknown>>) {
      assert.notEqual(row.studentId, cleo, `${collection} holds Cleo's record`);
      if (collection === 'students') assert.notEqual(row.id, cleo);
      if (collection === 'scores') assert.notEqual(row.id, cleoHomework);
    }
  }
  for (const url of ['/api/v1/students', '/api/v1/session']) {
    const body = (await getAs(world.app, cookie, url)).body;
    assert.ok(!body.includes('Cleo'), url);
  }
});

test('every guardian route needs a session', async () => {
  for (const url of guardianRouteUrls(world.fixture.students.ana)) {
    const response = await world.app.inject({ url });
    assert.equal(response.statusCode, 401, url);
    assert.equal(response.json().code, 'not_signed_in');
    const forged = await world.app.inject({
      url,
      headers: { cookie: 'portal_session=AAAAAAAAAAAAAAAAAAAAAA' },
    });
    assert.equal(forged.statusCode, 401, `${url} with a made-up session`);
  }
});
