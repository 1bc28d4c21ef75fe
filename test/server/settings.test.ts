import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { notificationKinds } from '../../src/api/notifications.ts';
import { contactMessageTypes } from '../../src/api/settings.ts';
import { notify } from '../../server/notifications/create.ts';
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
let lucia: string;
beforeEach(async () => {
  world = await buildTwoDistricts();
  await activateIn(world, '255901', 'G-1001', 'lucia');
  await activateIn(world, 'RF', 'G-1001', 'lucia.rf');
  lucia = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');
});
afterEach(() => closeTwoDistricts(world));

const get = (cookie = lucia) => callAs(world.app, 'grand-bend', cookie, 'GET', '/api/v1/settings');
let keys = 0;
const put = (payload: object, key = `settings-${++keys}`, cookie = lucia) =>
  callAs(world.app, 'grand-bend', cookie, 'PUT', '/api/v1/settings', payload, {
    'idempotency-key': key,
  });

describe('settings', () => {
  test('start from the defaults, every field filled', async () => {
    const answer = await get();
    assert.equal(answer.statusCode, 200);
    const settings = answer.json();
    assert.equal(settings.portalLanguage, null, 'the browser decides until chosen');
    assert.equal(settings.communicationLanguage, 'en');
    assert.deepEqual(Object.keys(settings.notifications).sort(), [...notificationKinds].sort());
    assert.ok(Object.values(settings.notifications).every((on) => on === true));
    assert.equal(settings.gradeBelowPercent, null);
    assert.equal(settings.lowBalanceThresholdCents, 500, '$5.00');
    assert.deepEqual(Object.keys(settings.contactPreferences).sort(), [...contactMessageTypes].sort());
    assert.deepEqual(settings.contactPreferences.emergency, { voice: true, text: true, email: true });
    assert.deepEqual(settings.contactPreferences.teacher, { voice: false, text: false, email: true });
  });

  test('a PUT changes the fields it names and keeps the others', async () => {
    const first = await put({
      portalLanguage: 'zh-Hant',
      communicationLanguage: 'pl',
      notifications: { score: false },
      gradeBelowPercent: 70,
      lowBalanceThresholdCents: 1250,
      contactPreferences: { attendance: { voice: true, text: true, email: false } },
    });
    assert.equal(first.statusCode, 200, first.body);
    const second = await put({ notifications: { attendance: false } });
    const settings = second.json();
    assert.equal(settings.portalLanguage, 'zh-Hant');
    assert.equal(settings.communicationLanguage, 'pl');
    assert.equal(settings.notifications.score, false, 'kept from the first PUT');
    assert.equal(settings.notifications.attendance, false);
    assert.equal(settings.notifications.grade_posted, true);
    assert.equal(settings.gradeBelowPercent, 70);
    assert.equal(settings.lowBalanceThresholdCents, 1250);
    assert.deepEqual(settings.contactPreferences.attendance, { voice: true, text: true, email: false });
    assert.deepEqual((await get()).json(), settings);

    const cleared = await put({ gradeBelowPercent: null, portalLanguage: null });
    assert.equal(cleared.json().gradeBelowPercent, null);
    assert.equal(cleared.json().portalLanguage, null);
  });

  test('settings are per account: the other district keeps its own', async () => {
    await put({ communicationLanguage: 'ru' });
    const rf = cookieSet(await signInTo(world.app, 'river-forks', 'lucia.rf'), 'portal_session_river-forks');
    const theirs = await callAs(world.app, 'river-forks', rf, 'GET', '/api/v1/settings');
    assert.equal(theirs.json().communicationLanguage, 'en');
  });

  test('a replayed PUT answers again without doing it twice', async () => {
    const first = await put({ gradeBelowPercent: 60 }, 'same-key');
    await put({ gradeBelowPercent: 80 });
    const replay = await put({ gradeBelowPercent: 60 }, 'same-key');
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.deepEqual(replay.json(), first.json());
    assert.equal((await get()).json().gradeBelowPercent, 80, 'the later change stands');
    const reused = await put({ gradeBelowPercent: 10 }, 'same-key');
    assert.equal(reused.statusCode, 422);
    const keyless = await callAs(world.app, 'grand-bend', lucia, 'PUT', '/api/v1/settings', {});
    assert.equal(keyless.json().code, 'idempotency_key_required');
  });

  test('bad values get a 400 that names the field', async () => {
    const cases: Array<[object, string]> = [
      [{ portalLanguage: 'fr' }, '/portalLanguage'],
      [{ communicationLanguage: 'zh-Hans' }, '/communicationLanguage'],
      [{ notifications: { weather: true } }, '/notifications'],
      [{ gradeBelowPercent: 0 }, '/gradeBelowPercent'],
      [{ gradeBelowPercent: 101 }, '/gradeBelowPercent'],
      [{ lowBalanceThresholdCents: -1 }, '/lowBalanceThresholdCents'],
      [{ lowBalanceThresholdCents: 12.5 }, '/lowBalanceThresholdCents'],
      [{ lowBalanceThresholdCents: null }, '/lowBalanceThresholdCents'],
      [{ contactPreferences: { teacher: { voice: true } } }, '/contactPreferences/teacher'],
      [{ contactPreferences: { gossip: { voice: true, text: true, email: true } } }, '/contactPreferences'],
      [{ theme: 'dark' }, ''],
    ];
    for (const [payload, field] of cases) {
      const answer = await put(payload);
      assert.equal(answer.statusCode, 400, JSON.stringify(payload));
      assert.equal(answer.json().code, 'invalid_request');
      if (field) assert.ok(String(answer.json().field ?? '').startsWith(field), JSON.stringify(answer.json()));
    }
  });

  test('need a session', async () => {
    assert.equal((await get('')).statusCode, 401);
    assert.equal((await put({}, 'k', '')).statusCode, 401);
  });
});

describe('notifications follow the settings', () => {
  test('a kind turned off is neither filed nor pushed; the others are', async () => {
    await put({ notifications: { score: false } });
    const guardianId = world.grandBend.guardians.a.id;
    const { ids } = await notify(
      world.db,
      [
        { guardianId, kind: 'score', params: { student: 'Ana', assignment: 'Quiz', score: '9/10' }, link: null },
        { guardianId, kind: 'announcement', params: { text: 'Snow day' }, link: null },
        {
          guardianId: world.grandBend.guardians.b.id,
          kind: 'score',
          params: { student: 'Cleo', assignment: 'Quiz', score: '8/10' },
          link: null,
        },
      ],
      { now: world.clock.now(), push: false },
    );
    assert.equal(ids.length, 2);
    const filed = await world.db.selectFrom('notification').select(['guardianId', 'kind']).execute();
    assert.deepEqual(
      filed.map((n) => `${n.guardianId === guardianId ? 'lucia' : 'sam'}:${n.kind}`).sort(),
      ['lucia:announcement', 'sam:score'],
    );
  });

  test('the communication language chosen here writes the texts', async () => {
    await put({ communicationLanguage: 'es' });
    await notify(
      world.db,
      [{ guardianId: world.grandBend.guardians.a.id, kind: 'grade_posted', params: { student: 'Ana', course: 'Math', grade: 'A' }, link: null }],
      { now: world.clock.now(), push: false },
    );
    const row = await world.db.selectFrom('notification').select('title').executeTakeFirstOrThrow();
    assert.equal(row.title, 'Nota publicada para Ana');
  });
});
