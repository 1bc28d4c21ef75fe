import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { defaultDistrictSetting } from '../../server/districts/directory.ts';
import { slugOf } from '../../server/districts/slugs.ts';
import { goodPassword } from './helpers/app.ts';
import {
  activateIn,
  buildTwoDistricts,
  callAs,
  closeTwoDistricts,
  cookieSet,
  signInTo,
  type TwoDistricts,
} from './helpers/districts.ts';

let world: TwoDistricts;
beforeEach(async () => {
  world = await buildTwoDistricts();
  await world.db
    .insertInto('districtDirectory')
    .values({
      slug: 'des-plaines',
      name: 'Des Plaines Community Consolidated SD 62',
      state: 'Illinois',
      portalAddress: 'https://portal.d62.example',
    })
    .execute();
});
afterEach(() => closeTwoDistricts(world));

const search = (query: string) =>
  world.app.inject({ method: 'GET', url: `/api/v1/districts${query}` });

describe('the district directory', () => {
  test('slugs come from the names, without the words every district has', () => {
    assert.equal(slugOf('Cedar Hollow Unified School District'), 'cedar-hollow');
    assert.equal(slugOf('Grand Bend ISD'), 'grand-bend');
    assert.equal(slugOf('Écoles Saint-Jérôme'), 'ecoles-saint-jerome');
  });

  test('finds districts by part of the name and by state, name or code', async () => {
    const all = await search('');
    assert.equal(all.statusCode, 200);
    assert.deepEqual(
      all.json().districts.map((d: { slug: string }) => d.slug),
      ['grand-bend', 'river-forks', 'des-plaines'],
      'hosted districts first, then the directory, each by name',
    );

    const river = await search('?q=river%20forks&state=TX');
    assert.deepEqual(river.json().districts, [
      {
        slug: 'river-forks',
        name: 'River Forks Unified School District',
        state: 'Texas',
        hosted: true,
        portalAddress: null,
      },
    ]);

    const plaines = await search('?q=PLAINES&state=illinois');
    assert.deepEqual(plaines.json().districts, [
      {
        slug: 'des-plaines',
        name: 'Des Plaines Community Consolidated SD 62',
        state: 'Illinois',
        hosted: false,
        portalAddress: 'https://portal.d62.example',
      },
    ]);
    assert.deepEqual((await search('?state=Ohio')).json().districts, []);
  });

  test('names no default district while the server holds two and names none', async () => {
    assert.equal((await search('')).json().defaultDistrict, null);
    await world.db
      .insertInto('serverSetting')
      .values({ name: defaultDistrictSetting, value: String(world.riverForks.districtId) })
      .execute();
    // The admin command runs in another process: the server reads it within 5 s.
    world.app.districts.invalidate();
    assert.equal((await search('')).json().defaultDistrict, 'river-forks');
  });

  test('refuses a query it does not know and an overlong one', async () => {
    assert.equal((await search('?county=Cook')).statusCode, 400);
    assert.equal((await search(`?q=${'a'.repeat(101)}`)).json().code, 'invalid_request');
  });
});

describe('two districts side by side', () => {
  beforeEach(async () => {
    await activateIn(world, '255901', 'G-1001', 'lucia');
    await activateIn(world, 'RF', 'G-1001', 'lucia.rf');
  });

  async function bothSignedIn(): Promise<string> {
    const gb = await signInTo(world.app, 'grand-bend', 'lucia');
    assert.equal(gb.statusCode, 200, gb.body);
    assert.equal(gb.json().district.slug, 'grand-bend');
    const rf = await signInTo(world.app, 'river-forks', 'lucia.rf');
    assert.equal(rf.statusCode, 200, rf.body);
    return [
      cookieSet(gb, 'portal_session_grand-bend'),
      cookieSet(rf, 'portal_session_river-forks'),
    ].join('; ');
  }

  test('each district has its own cookie, and X-District picks the session', async () => {
    const cookies = await bothSignedIn();
    const gb = await callAs(world.app, 'grand-bend', cookies, 'GET', '/api/v1/session');
    const rf = await callAs(world.app, 'river-forks', cookies, 'GET', '/api/v1/session');
    assert.equal(gb.json().district.id, world.grandBend.districtId);
    assert.equal(gb.json().account.username, 'lucia');
    assert.equal(rf.json().district.id, world.riverForks.districtId);
    assert.equal(rf.json().account.username, 'lucia.rf');

    const rfStudents = await callAs(world.app, 'river-forks', cookies, 'GET', '/api/v1/students');
    const ids = rfStudents.json().students.map((s: { id: number }) => s.id).sort();
    const expected = [world.riverForks.students.ana, world.riverForks.students.ben].sort();
    assert.deepEqual(ids, expected, "River Forks' children, not Grand Bend's");
  });

  test("a session of one district never reads another district's data", async () => {
    const gb = await signInTo(world.app, 'grand-bend', 'lucia');
    const gbId = cookieSet(gb, 'portal_session_grand-bend').split('=')[1];
    // Grand Bend's session id under River Forks' cookie name.
    const moved = `portal_session_river-forks=${gbId}`;
    const asRf = await callAs(world.app, 'river-forks', moved, 'GET', '/api/v1/session');
    assert.equal(asRf.statusCode, 401);
    const sync = await callAs(world.app, 'river-forks', moved, 'GET', '/api/v1/sync');
    assert.equal(sync.statusCode, 401);

    const own = `portal_session_grand-bend=${gbId}`;
    const rfStudent = world.riverForks.students.ana;
    for (const path of ['schedule', 'grades', 'attendance', 'assignments']) {
      const url = `/api/v1/students/${rfStudent}/${path}`;
      const answer = await callAs(world.app, 'grand-bend', own, 'GET', url);
      assert.ok([403, 404].includes(answer.statusCode), `${path}: ${answer.statusCode}`);
    }
  });

  test('the district in the header and in the body must agree', async () => {
    const answer = await signInTo(world.app, 'grand-bend', 'lucia', goodPassword, {
      district: world.riverForks.districtId,
    });
    assert.equal(answer.statusCode, 400);
  });

  test('an unknown slug and one hosted elsewhere are refused, not defaulted', async () => {
    const unknown = await signInTo(world.app, 'nowhere', 'lucia');
    assert.equal(unknown.json().code, 'district_unknown');
    const elsewhere = await signInTo(world.app, 'des-plaines', 'lucia');
    assert.equal(elsewhere.json().code, 'district_not_hosted');
    const bad = await callAs(world.app, 'Grand Bend', '', 'GET', '/api/v1/session');
    assert.equal(bad.json().code, 'district_unknown');
  });

  test('signing out of one district keeps the other, and its storage', async () => {
    const cookies = await bothSignedIn();
    const out = await callAs(world.app, 'grand-bend', cookies, 'DELETE', '/api/v1/session');
    assert.equal(out.statusCode, 204);
    assert.equal(out.headers['clear-site-data'], '"cache"');
    const cleared = out.cookies.find((c) => c.name === 'portal_session_grand-bend');
    assert.equal(cleared?.value, '', 'its own cookie is expired');
    assert.ok(!out.cookies.some((c) => c.name === 'portal_session_river-forks'));

    const gb = await callAs(world.app, 'grand-bend', cookies, 'GET', '/api/v1/session');
    assert.equal(gb.statusCode, 401);
    const rf = await callAs(world.app, 'river-forks', cookies, 'GET', '/api/v1/session');
    assert.equal(rf.statusCode, 200);

    const last = await callAs(world.app, 'river-forks', cookies, 'DELETE', '/api/v1/session');
    assert.equal(last.headers['clear-site-data'], '"cache", "storage"');
  });

  test('without X-District, a server naming a default district signs in there', async () => {
    const none = await signInTo(world.app, undefined, 'lucia.rf');
    assert.equal(none.statusCode, 400, 'two districts and no default: which one?');
    await world.db
      .insertInto('serverSetting')
      .values({ name: defaultDistrictSetting, value: String(world.riverForks.districtId) })
      .execute();
    const signedIn = await signInTo(world.app, undefined, 'lucia.rf');
    assert.equal(signedIn.statusCode, 200);
    const cookie = cookieSet(signedIn, 'portal_session');
    const session = await callAs(world.app, undefined, cookie, 'GET', '/api/v1/session');
    assert.equal(session.json().district.slug, 'river-forks');
  });
});
