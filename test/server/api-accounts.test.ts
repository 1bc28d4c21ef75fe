import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { sessionLifetimes } from '../../server/accounts/session-lifetimes.ts';
import {
  activate,
  activationKeyFor,
  buildTestWorld,
  closeTestWorld,
  goodPassword,
  sessionCookieOf,
  signIn,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';

let world: TestWorld;
beforeEach(async () => {
  world = await buildTestWorld();
});
afterEach(() => closeTestWorld(world));

function activateWith(payload: Record<string, unknown>) {
  return world.app.inject({ method: 'POST', url: '/api/v1/account/activate', payload });
}

describe('activation', () => {
  test('a key makes an account once', async () => {
    const activationKey = await activationKeyFor(world.db, 'G-1001');
    const payload = {
      activationKey,
      username: 'lucia',
      password: goodPassword,
      email: 'lucia@example.org',
    };
    const first = await activateWith(payload);
    assert.equal(first.statusCode, 201);
    assert.deepEqual(first.json(), { username: 'lucia', districtId: world.fixture.districtId });

    const again = await activateWith({ ...payload, username: 'lucia2' });
    assert.equal(again.statusCode, 400);
    assert.equal(again.json().code, 'activation_key_invalid');
  });

  test('racing activations make one account per key and per username', async () => {
    const activationKey = await activationKeyFor(world.db, 'G-1001');
    const payload = { activationKey, password: goodPassword, email: 'l@example.org' };
    const sameKey = await Promise.all([
      activateWith({ ...payload, username: 'one' }),
      activateWith({ ...payload, username: 'two' }),
    ]);
    assert.deepEqual(sameKey.map((r) => r.statusCode).sort(), [201, 400]);

    const [keyB, keyA2] = [
      await activationKeyFor(world.db, 'G-2002'),
      await activationKeyFor(world.db, 'G-1001'),
    ];
    const sameName = await Promise.all([
      activateWith({ ...payload, activationKey: keyB, username: 'shared' }),
      activateWith({ ...payload, activationKey: keyA2, username: 'Shared' }),
    ]);
    const codes = sameName.map((r) => r.statusCode);
    assert.ok(!codes.some((code) => code >= 500), String(codes));
  });

  test('an unknown key is refused', async () => {
    const response = await activateWith({
      activationKey: '00000000-0000-4000-8000-000000000000',
      username: 'lucia',
      password: goodPassword,
      email: 'lucia@example.org',
    });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().code, 'activation_key_invalid');
  });

  test('a weak password is refused by the district rules', async () => {
    const activationKey = await activationKeyFor(world.db, 'G-1001');
    for (const password of ['short1A', 'alllowercaseletters', 'lowerUPPER']) {
      const response = await activateWith({
        activationKey, username: 'lucia', password, email: 'lucia@example.org',
      });
      assert.equal(response.statusCode, 400, password);
      assert.equal(response.json().code, 'password_too_weak');
    }
    await world.db
      .updateTable('district')
      .set({ passwordMinLength: 4, passwordMinKinds: 1 })
      .execute();
    const relaxed = await activateWith({
      activationKey, username: 'lucia', password: 'abcd', email: 'lucia@example.org',
    });
    assert.equal(relaxed.statusCode, 201);
  });

  test('a bad email is refused', async () => {
    const activationKey = await activationKeyFor(world.db, 'G-1001');
    for (const email of ['lucia', 'lucia@', 'lu cia@example.org', 'lucia@example']) {
      const response = await activateWith({
        activationKey, username: 'lucia', password: goodPassword, email,
      });
      assert.equal(response.statusCode, 400, email);
      assert.equal(response.json().code, 'email_invalid');
    }
  });

  test('a taken username is refused, whatever its case', async () => {
    assert.equal((await activate(world, 'G-1001', 'rivera')).statusCode, 201);
    const response = await activate(world, 'G-2002', 'RIVERA');
    assert.equal(response.statusCode, 409);
    assert.equal(response.json().code, 'username_taken');
  });
});

describe('signing in and out', () => {
  test('sign in sets a strict HttpOnly cookie and shows the guardian', async () => {
    await activate(world, 'G-1001', 'lucia');
    const response = await signIn(world.app, 'Lucia');
    assert.equal(response.statusCode, 200);
    const cookie = response.cookies.find((c) => c.name === 'portal_session');
    assert.ok(cookie);
    assert.equal(cookie.httpOnly, true);
    assert.equal(cookie.sameSite, 'Strict');
    assert.equal(cookie.path, '/');
    assert.equal(cookie.maxAge, undefined, 'a browser-session cookie');
    assert.equal(response.headers['cache-control'], 'no-store');

    const session = await world.app.inject({
      url: '/api/v1/session',
      headers: { cookie: sessionCookieOf(response) },
    });
    assert.equal(session.statusCode, 200);
    assert.equal(session.headers['cache-control'], 'no-store');
    const body = session.json();
    assert.equal(body.guardian.id, world.fixture.guardians.a.id);
    assert.equal(body.district.id, world.fixture.districtId);
    assert.deepEqual(
      body.students.map((s: { id: number }) => s.id).sort(),
      [world.fixture.students.ana, world.fixture.students.ben].sort(),
    );
    assert.equal(body.stayLoggedIn, false);
  });

  test('stay logged in gives a persistent cookie', async () => {
    await activate(world, 'G-1001', 'lucia');
    const response = await signIn(world.app, 'lucia', goodPassword, { stayLoggedIn: true });
    const cookie = response.cookies.find((c) => c.name === 'portal_session');
    assert.equal(cookie?.maxAge, sessionLifetimes.stayLoggedIn.absoluteMs / 1000);
  });

  test('a wrong password and an unknown user get the same answer', async () => {
    await activate(world, 'G-1001', 'lucia');
    const wrong = await signIn(world.app, 'lucia', 'Wrong-Password-1');
    const unknown = await signIn(world.app, 'nobody', goodPassword);
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    assert.equal(wrong.json().code, 'sign_in_failed');
  });

  test('repeated failures are rate limited with Retry-After', async () => {
    await activate(world, 'G-1001', 'lucia');
    for (let i = 0; i < 5; i++) {
      assert.equal((await signIn(world.app, 'lucia', 'Wrong-Password-1')).statusCode, 401);
    }
    const limited = await signIn(world.app, 'lucia', goodPassword);
    assert.equal(limited.statusCode, 429);
    assert.equal(limited.json().code, 'too_many_attempts');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
  });

  test('each sign-in makes a new session id; sign out ends it', async () => {
    await activate(world, 'G-1001', 'lucia');
    const first = sessionCookieOf(await signIn(world.app, 'lucia'));
    const signInAgain = (headers: Record<string, string>) =>
      world.app.inject({
        method: 'POST',
        url: '/api/v1/session',
        headers: { cookie: first, ...headers },
        payload: { username: 'lucia', password: goodPassword },
      });
    const refused = await signInAgain({});
    assert.equal(refused.statusCode, 403, 'a write with a cookie needs the header');
    const second = sessionCookieOf(await signInAgain({ 'x-requested-with': 'portal' }));
    assert.notEqual(first, second);
    const old = await world.app.inject({ url: '/api/v1/session', headers: { cookie: first } });
    assert.equal(old.statusCode, 401, 'the session it replaced is gone');

    const out = await world.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie: second, 'x-requested-with': 'portal' },
    });
    assert.equal(out.statusCode, 204);
    const after = await world.app.inject({ url: '/api/v1/session', headers: { cookie: second } });
    assert.equal(after.statusCode, 401);
    assert.equal(after.json().code, 'not_signed_in');
  });

  test('sessions end after the idle time', async () => {
    const cookie = await signedInAs(world, 'a');
    world.clock.advance(sessionLifetimes.browser.idleMs - 2 * 60_000);
    const busy = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
    assert.equal(busy.statusCode, 200, 'still alive just before the idle limit');
    world.clock.advance(sessionLifetimes.browser.idleMs - 2 * 60_000);
    const alive = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
    assert.equal(alive.statusCode, 200, 'the last request restarted the idle time');
    world.clock.advance(sessionLifetimes.browser.idleMs + 1);
    const idle = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
    assert.equal(idle.statusCode, 401);
  });

  test('sessions end after the absolute time, however busy', async () => {
    const cookie = await signedInAs(world, 'a');
    const step = sessionLifetimes.browser.idleMs / 2;
    let elapsed = 0;
    while (elapsed + step < sessionLifetimes.browser.absoluteMs) {
      world.clock.advance(step);
      elapsed += step;
      const response = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
      assert.equal(response.statusCode, 200);
    }
    world.clock.advance(sessionLifetimes.browser.absoluteMs - elapsed);
    const late = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
    assert.equal(late.statusCode, 401);
  });

  test('sign-in picks the district when the server holds several', async () => {
    const { buildFixture } = await import('./helpers/fixture.ts');
    const other = await buildFixture(world.db, { districtSourceId: '999', districtName: 'Other' });
    const key = await activationKeyFor(world.db, 'G-1001', '999');
    const made = await world.app.inject({
      method: 'POST',
      url: '/api/v1/account/activate',
      payload: { activationKey: key, username: 'lucia', password: goodPassword, email: 'l@example.org' },
    });
    assert.equal(made.statusCode, 201);
    const without = await signIn(world.app, 'lucia');
    assert.equal(without.statusCode, 400, 'which district?');
    const withDistrict = await signIn(world.app, 'lucia', goodPassword, { district: other.districtId });
    assert.equal(withDistrict.statusCode, 200);
    assert.equal(withDistrict.json().district.id, other.districtId);
  });
});

describe('cross-site request forgery', () => {
  test('writes from another origin are refused', async () => {
    await activate(world, 'G-1001', 'lucia');
    const response = await world.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: 'https://evil.example', host: 'portal.example' },
      payload: { username: 'lucia', password: goodPassword },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'csrf_rejected');

    const sameOrigin = await world.app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: 'https://portal.example', host: 'portal.example' },
      payload: { username: 'lucia', password: goodPassword },
    });
    assert.equal(sameOrigin.statusCode, 200);
  });

  test('a cookie-carrying write without X-Requested-With is refused', async () => {
    const cookie = await signedInAs(world, 'a');
    const response = await world.app.inject({
      method: 'DELETE',
      url: '/api/v1/session',
      headers: { cookie },
    });
    assert.equal(response.statusCode, 403);
    assert.equal(response.json().code, 'csrf_rejected');
    const still = await world.app.inject({ url: '/api/v1/session', headers: { cookie } });
    assert.equal(still.statusCode, 200);
  });
});
