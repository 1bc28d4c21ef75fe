import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { setKioskCode } from '../../server/kiosk/devices.ts';
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
const code = 'ABCD-EFGH';
beforeEach(async () => {
  world = await buildTwoDistricts();
  await setKioskCode(world.db, world.grandBend.districtId, code);
  await activateIn(world, '255901', 'G-1001', 'lucia');
  await activateIn(world, '255901', 'G-2002', 'sam');
  await activateIn(world, 'RF', 'G-1001', 'lucia.rf');
});
afterEach(() => closeTwoDistricts(world));

function kioskCall(method: 'GET' | 'POST', url: string, cookie = '', payload?: object) {
  return world.app.inject({
    method,
    url,
    headers: {
      'x-district': 'grand-bend',
      'x-requested-with': 'portal',
      ...(cookie ? { cookie } : {}),
    },
    ...(payload ? { payload } : {}),
  });
}

async function makeKiosk(): Promise<string> {
  const answer = await kioskCall('POST', '/api/v1/kiosk', '', { code: 'abcd efgh' });
  assert.equal(answer.statusCode, 200, answer.body);
  const cookie = answer.cookies.find((c) => c.name === 'portal_kiosk');
  assert.equal(cookie?.httpOnly, true);
  assert.ok((cookie?.maxAge ?? 0) > 300 * 24 * 3600, 'kept for months');
  return `portal_kiosk=${cookie?.value}`;
}

describe('making a device a kiosk', () => {
  test('the staff code makes it one, and GET /kiosk tells', async () => {
    assert.deepEqual((await kioskCall('GET', '/api/v1/kiosk')).json(), {
      kiosk: false, district: null, idleSeconds: null,
    });
    const kiosk = await makeKiosk();
    assert.deepEqual((await kioskCall('GET', '/api/v1/kiosk', kiosk)).json(), {
      kiosk: true,
      district: { slug: 'grand-bend', name: 'Grand Bend ISD' },
      idleSeconds: 180,
    });
  });

  test('a wrong code is refused, and rate limited', async () => {
    const codes = [];
    for (let i = 0; i < 6; i++) {
      codes.push((await kioskCall('POST', '/api/v1/kiosk', '', { code: 'WRONG-CODE' })).json().code);
    }
    assert.deepEqual(codes, [
      'kiosk_code_wrong', 'kiosk_code_wrong', 'kiosk_code_wrong', 'kiosk_code_wrong',
      'kiosk_code_wrong', 'too_many_attempts',
    ]);
  });

  test('a district without a code cannot make kiosks', async () => {
    const answer = await world.app.inject({
      method: 'POST',
      url: '/api/v1/kiosk',
      payload: { code, district: 'river-forks' },
    });
    assert.equal(answer.statusCode, 409);
    assert.equal(answer.json().code, 'kiosk_not_set_up');
  });

  test('staff leave kiosk mode with the code; a new code replaces the old', async () => {
    const kiosk = await makeKiosk();
    const wrong = await kioskCall('POST', '/api/v1/kiosk/leave', kiosk, { code: 'WXYZ-2345' });
    assert.equal(wrong.json().code, 'kiosk_code_wrong');

    await setKioskCode(world.db, world.grandBend.districtId, 'NEWC-ODE9');
    const old = await kioskCall('POST', '/api/v1/kiosk/leave', kiosk, { code });
    assert.equal(old.json().code, 'kiosk_code_wrong', 'the old code no longer works');
    const left = await kioskCall('POST', '/api/v1/kiosk/leave', kiosk, { code: 'newc-ode9' });
    assert.deepEqual(left.json(), { kiosk: false, district: null, idleSeconds: null });
    assert.equal((await kioskCall('GET', '/api/v1/kiosk', kiosk)).json().kiosk, false);
  });
});

describe('signing in on a kiosk', () => {
  test('"stay logged in" is refused', async () => {
    const kiosk = await makeKiosk();
    const answer = await signInTo(world.app, 'grand-bend', 'lucia', goodPassword, { stayLoggedIn: true }, kiosk);
    assert.equal(answer.statusCode, 400);
    assert.equal(answer.json().code, 'kiosk_no_stay_logged_in');
  });

  test("sessions get the district's idle time, and end after it", async () => {
    await world.db.updateTable('district').set({ kioskIdleSeconds: 120 })
      .where('id', '=', world.grandBend.districtId).execute();
    const kiosk = await makeKiosk();
    const signedIn = await signInTo(world.app, 'grand-bend', 'lucia', goodPassword, {}, kiosk);
    assert.equal(signedIn.statusCode, 200);
    assert.equal(signedIn.json().kiosk, true);
    assert.equal(signedIn.json().idleSeconds, 120);
    assert.equal(signedIn.json().stayLoggedIn, false);
    const cookies = `${kiosk}; ${cookieSet(signedIn, 'portal_session_grand-bend')}`;

    world.clock.advance(100_000);
    const busy = await callAs(world.app, 'grand-bend', cookies, 'GET', '/api/v1/session');
    assert.equal(busy.statusCode, 200, 'a request keeps it alive');
    world.clock.advance(100_000);
    assert.equal((await callAs(world.app, 'grand-bend', cookies, 'GET', '/api/v1/session')).statusCode, 200);
    world.clock.advance(121_000);
    assert.equal((await callAs(world.app, 'grand-bend', cookies, 'GET', '/api/v1/session')).statusCode, 401);
  });

  test('elsewhere sessions say they are no kiosk, with the usual idle time', async () => {
    const signedIn = await signInTo(world.app, 'grand-bend', 'lucia');
    assert.equal(signedIn.json().kiosk, false);
    assert.equal(signedIn.json().idleSeconds, 30 * 60);
  });

  test('push cannot be turned on', async () => {
    const kiosk = await makeKiosk();
    const signedIn = await signInTo(world.app, 'grand-bend', 'lucia', goodPassword, {}, kiosk);
    const cookies = `${kiosk}; ${cookieSet(signedIn, 'portal_session_grand-bend')}`;
    const answer = await callAs(world.app, 'grand-bend', cookies, 'POST', '/api/v1/push/subscriptions', {
      endpoint: 'https://push.example/abc',
      keys: { p256dh: 'BNcR', auth: 'tBHI' },
    }, { 'idempotency-key': 'push-1' });
    assert.equal(answer.json().code, 'push_needs_stay_logged_in');
  });

  test('sign-out ends every session of the device, wipes storage and keeps the kiosk', async () => {
    const kiosk = await makeKiosk();
    const gb = await signInTo(world.app, 'grand-bend', 'lucia', goodPassword, {}, kiosk);
    const rf = await signInTo(world.app, 'river-forks', 'lucia.rf', goodPassword, {}, kiosk);
    const cookies = [
      kiosk,
      cookieSet(gb, 'portal_session_grand-bend'),
      cookieSet(rf, 'portal_session_river-forks'),
    ].join('; ');

    const out = await callAs(world.app, 'grand-bend', cookies, 'DELETE', '/api/v1/session');
    assert.equal(out.statusCode, 204);
    assert.equal(out.headers['clear-site-data'], '"cache", "storage"');
    const expired = out.cookies.filter((c) => c.value === '').map((c) => c.name).sort();
    assert.deepEqual(expired, ['portal_session_grand-bend', 'portal_session_river-forks']);
    assert.ok(!out.cookies.some((c) => c.name === 'portal_kiosk'), 'the kiosk cookie stays');

    for (const slug of ['grand-bend', 'river-forks']) {
      const session = await callAs(world.app, slug, cookies, 'GET', '/api/v1/session');
      assert.equal(session.statusCode, 401, `${slug} signed out`);
    }
    assert.equal((await kioskCall('GET', '/api/v1/kiosk', kiosk)).json().kiosk, true);

    // The next family signs in on the same device and sees only theirs.
    const next = await signInTo(world.app, 'grand-bend', 'sam', goodPassword, {}, kiosk);
    assert.equal(next.json().account.username, 'sam');
    assert.deepEqual(next.json().students.map((s: { id: number }) => s.id), [world.grandBend.students.cleo]);
  });

  test('a device becoming a kiosk ends who was signed in before', async () => {
    const before = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');
    const answer = await kioskCall('POST', '/api/v1/kiosk', before, { code });
    assert.equal(answer.statusCode, 200);
    assert.equal((await callAs(world.app, 'grand-bend', before, 'GET', '/api/v1/session')).statusCode, 401);
  });
});
