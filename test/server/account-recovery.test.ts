import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { goodPassword } from './helpers/app.ts';
import {
  activateIn,
  buildTwoDistricts,
  callAs,
  closeTwoDistricts,
  cookieSet,
  mailsSent,
  signInTo,
  tokenIn,
  type TwoDistricts,
} from './helpers/districts.ts';

let world: TwoDistricts;
beforeEach(async () => {
  world = await buildTwoDistricts();
  await activateIn(world, '255901', 'G-1001', 'lucia', 'lucia@example.org');
  await activateIn(world, '255901', 'G-2002', 'sam', 'sam@example.org');
  // The same person in the other district, with the same address.
  await activateIn(world, 'RF', 'G-1001', 'lucia.rf', 'lucia@example.org');
});
afterEach(() => closeTwoDistricts(world));

const newPassword = 'Birch-Canoe-77';
const hour = 3600_000;

function post(url: string, payload: object, slug?: string) {
  return world.app.inject({
    method: 'POST',
    url,
    headers: slug ? { 'x-district': slug } : {},
    payload,
  });
}

describe('forgotten password', () => {
  test('a link by email sets a new password once, and ends every session', async () => {
    const before = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');
    const other = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');

    const asked = await post('/api/v1/password-reset', { username: 'LUCIA' }, 'grand-bend');
    assert.equal(asked.statusCode, 202);
    assert.deepEqual(asked.json(), { accepted: true });
    const [mail] = await mailsSent(world.mailer, 1);
    assert.equal(mail?.to, 'lucia@example.org');
    assert.match(mail?.subject ?? '', /Grand Bend ISD/);
    const token = tokenIn(mail, '/reset-password');

    const stored = await world.db.selectFrom('accountToken').select('tokenHash').execute();
    assert.equal(stored.length, 1);
    assert.equal(stored[0]?.tokenHash, createHash('sha256').update(token).digest('hex'));
    assert.ok(!JSON.stringify(stored).includes(token), 'only the hash is kept');

    const weak = await post('/api/v1/password-reset/complete', { token, password: 'short' });
    assert.equal(weak.json().code, 'password_too_weak');
    // The district's rules, for the app to say in the guardian's language.
    assert.deepEqual(weak.json().params, { minLength: 8, minKinds: 3 });
    const done = await post('/api/v1/password-reset/complete', { token, password: newPassword });
    assert.equal(done.statusCode, 200, done.body);
    assert.deepEqual(done.json(), { username: 'lucia', district: 'grand-bend' });

    for (const cookie of [before, other]) {
      const session = await callAs(world.app, 'grand-bend', cookie, 'GET', '/api/v1/session');
      assert.equal(session.statusCode, 401, 'every session ended');
    }
    assert.equal((await signInTo(world.app, 'grand-bend', 'lucia')).statusCode, 401);
    assert.equal((await signInTo(world.app, 'grand-bend', 'lucia', newPassword)).statusCode, 200);

    const again = await post('/api/v1/password-reset/complete', { token, password: 'Other-Pass-99' });
    assert.equal(again.json().code, 'reset_link_invalid', 'the link works once');
    const notice = await mailsSent(world.mailer, 2);
    assert.match(notice[1]?.text ?? '', /password .* was changed/);
  });

  test('the link works within an hour only', async () => {
    await post('/api/v1/password-reset', { email: 'sam@example.org' }, 'grand-bend');
    const token = tokenIn((await mailsSent(world.mailer, 1))[0], '/reset-password');
    world.clock.advance(hour + 1000);
    const late = await post('/api/v1/password-reset/complete', { token, password: newPassword });
    assert.equal(late.statusCode, 400);
    assert.equal(late.json().code, 'reset_link_invalid');
  });

  test('answers the same whether or not the account exists, and mails only a real one', async () => {
    const unknown = await post('/api/v1/password-reset', { username: 'nobody' }, 'grand-bend');
    const known = await post('/api/v1/password-reset', { username: 'sam' }, 'grand-bend');
    assert.equal(unknown.statusCode, known.statusCode);
    assert.equal(unknown.body, known.body);
    await mailsSent(world.mailer, 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(world.mailer.sent.map((m) => m.to), ['sam@example.org']);
  });

  test('answers an unknown name about as fast as a known one', async (t) => {
    const time = async (username: string) => {
      const started = performance.now();
      await post('/api/v1/password-reset', { username }, 'grand-bend');
      return performance.now() - started;
    };
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time('sam'));
      unknown.push(await time(`nobody${i}`));
    }
    t.diagnostic(`median ms: known ${median(known).toFixed(2)}, unknown ${median(unknown).toFixed(2)}`);
    // The work happens after the answer: both answers are a few milliseconds.
    assert.ok(Math.abs(median(known) - median(unknown)) < 20);
  });

  test('a reset stays in its district', async () => {
    await post('/api/v1/password-reset', { email: 'lucia@example.org' }, 'river-forks');
    const [mail] = await mailsSent(world.mailer, 1);
    assert.match(mail?.text ?? '', /lucia\.rf/);
    const token = tokenIn(mail, '/reset-password');
    const done = await post('/api/v1/password-reset/complete', { token, password: newPassword });
    assert.equal(done.json().district, 'river-forks');
    assert.equal((await signInTo(world.app, 'grand-bend', 'lucia')).statusCode, 200, 'untouched');
  });

  test('is rate limited like sign-in', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push(await post('/api/v1/password-reset', { username: 'sam' }, 'grand-bend'));
    }
    assert.deepEqual(answers.map((a) => a.statusCode), [202, 202, 202, 202, 202, 429]);
    assert.ok(Number(answers[5]?.headers['retry-after']) > 0);
  });

  test("links point at the district's portal address once district IT set one", async () => {
    const first = await post('/api/v1/password-reset', { username: 'sam' }, 'grand-bend');
    assert.equal(first.statusCode, 202);
    assert.match((await mailsSent(world.mailer, 1))[0]?.text ?? '', /http:\/\/localhost(:\d+)?\/reset-password\?token=/);
    await world.db.updateTable('district').set({ portalAddress: 'https://portal.grandbend.example' })
      .where('id', '=', world.grandBend.districtId).execute();
    world.app.districts.invalidate();
    await world.app.inject({
      method: 'POST',
      url: '/api/v1/password-reset',
      headers: { 'x-district': 'grand-bend', host: 'evil.example' },
      payload: { username: 'sam' },
    });
    const [, second] = await mailsSent(world.mailer, 2);
    assert.match(second?.text ?? '', /^https:\/\/portal\.grandbend\.example\/reset-password\?token=/m);
    assert.doesNotMatch(second?.text ?? '', /evil/);
  });

  test('a request with neither username nor email is refused', async () => {
    const answer = await post('/api/v1/password-reset', {}, 'grand-bend');
    assert.equal(answer.statusCode, 400);
  });

  test("the email is written in the account's communication language", async () => {
    await world.db.updateTable('account').set({ communicationLanguage: 'pl' })
      .where('username', '=', 'sam').execute();
    await post('/api/v1/password-reset', { username: 'sam' }, 'grand-bend');
    const [mail] = await mailsSent(world.mailer, 1);
    assert.match(mail?.subject ?? '', /zmiana hasła/);
    assert.match(mail?.text ?? '', /w ciągu godziny/);
  });
});

describe('forgotten username', () => {
  test('mails the usernames of the address in that district only', async () => {
    const answer = await post('/api/v1/username-reminder', { email: 'LUCIA@example.org' }, 'river-forks');
    assert.equal(answer.statusCode, 202);
    const [mail] = await mailsSent(world.mailer, 1);
    assert.equal(mail?.to, 'lucia@example.org');
    assert.match(mail?.text ?? '', /lucia\.rf/);
    assert.doesNotMatch(mail?.text ?? '', /^\s+lucia$/m);

    const nobody = await post('/api/v1/username-reminder', { email: 'no@example.org' }, 'river-forks');
    assert.equal(nobody.body, answer.body);
  });
});

describe('signed in: password and email', () => {
  test('changing the password needs the current one and ends the other sessions', async () => {
    const here = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');
    const there = cookieSet(await signInTo(world.app, 'grand-bend', 'lucia'), 'portal_session_grand-bend');
    const change = (currentPassword: string) =>
      callAs(world.app, 'grand-bend', here, 'PUT', '/api/v1/account/password',
        { currentPassword, newPassword }, { 'idempotency-key': `change-${currentPassword}` });

    const wrong = await change('Not-The-One-1');
    assert.equal(wrong.json().code, 'current_password_wrong');
    const changed = await change(goodPassword);
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal(changed.json().account.username, 'lucia');

    assert.equal((await callAs(world.app, 'grand-bend', here, 'GET', '/api/v1/session')).statusCode, 200);
    assert.equal((await callAs(world.app, 'grand-bend', there, 'GET', '/api/v1/session')).statusCode, 401);
    assert.equal((await signInTo(world.app, 'grand-bend', 'lucia', newPassword)).statusCode, 200);
  });

  test('wrong current passwords are limited like sign-ins', async () => {
    const cookie = cookieSet(await signInTo(world.app, 'grand-bend', 'sam'), 'portal_session_grand-bend');
    const codes = [];
    for (let i = 0; i < 6; i++) {
      const answer = await callAs(world.app, 'grand-bend', cookie, 'PUT', '/api/v1/account/password',
        { currentPassword: `Guess-${i}-xyz`, newPassword }, { 'idempotency-key': `guess-${i}` });
      codes.push(answer.json().code);
    }
    assert.deepEqual(codes.slice(4), ['current_password_wrong', 'too_many_attempts']);
  });

  test('a new email address counts once its link is used', async () => {
    const cookie = cookieSet(await signInTo(world.app, 'grand-bend', 'sam'), 'portal_session_grand-bend');
    const asked = await callAs(world.app, 'grand-bend', cookie, 'POST', '/api/v1/account/email',
      { currentPassword: goodPassword, email: 'sam.new@example.org' }, { 'idempotency-key': 'e1' });
    assert.equal(asked.statusCode, 202, asked.body);
    assert.deepEqual(asked.json(), { pendingEmail: 'sam.new@example.org' });

    const mails = await mailsSent(world.mailer, 2);
    const confirm = mails.find((m) => m.to === 'sam.new@example.org');
    assert.ok(mails.some((m) => m.to === 'sam@example.org'), 'the old address is told');
    const still = await world.db.selectFrom('account').select('email').where('username', '=', 'sam')
      .executeTakeFirstOrThrow();
    assert.equal(still.email, 'sam@example.org', 'unchanged until confirmed');

    const token = tokenIn(confirm, '/confirm-email');
    const done = await post('/api/v1/account/email/confirm', { token });
    assert.equal(done.statusCode, 200);
    assert.deepEqual(done.json(), { email: 'sam.new@example.org', district: 'grand-bend' });
    const twice = await post('/api/v1/account/email/confirm', { token });
    assert.equal(twice.json().code, 'email_link_invalid');

    const bad = await callAs(world.app, 'grand-bend', cookie, 'POST', '/api/v1/account/email',
      { currentPassword: goodPassword, email: 'not an address' }, { 'idempotency-key': 'e2' });
    assert.equal(bad.json().code, 'email_invalid');
  });

  test('writes need a session and an Idempotency-Key', async () => {
    const none = await callAs(world.app, 'grand-bend', '', 'PUT', '/api/v1/account/password',
      { currentPassword: goodPassword, newPassword });
    assert.equal(none.statusCode, 401);
    const cookie = cookieSet(await signInTo(world.app, 'grand-bend', 'sam'), 'portal_session_grand-bend');
    const keyless = await callAs(world.app, 'grand-bend', cookie, 'PUT', '/api/v1/account/password',
      { currentPassword: goodPassword, newPassword });
    assert.equal(keyless.json().code, 'idempotency_key_required');
  });
});
