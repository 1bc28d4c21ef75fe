import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { buildFixture, openTestDatabase } from './helpers/fixture.ts';
import { activationKeyFor, goodPassword, sessionCookieOf } from './helpers/app.ts';

test('one log line per request, with no personal data', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  const { db } = await openTestDatabase();
  const fixture = await buildFixture(db);
  const app = await buildApp({ db, secureCookies: false, logger: { level: 'info', stream } });
  const activationKey = await activationKeyFor(db, 'G-1001');

  await app.inject({
    method: 'POST',
    url: '/api/v1/account/activate',
    payload: { activationKey, username: 'lucia.rivera', password: goodPassword, email: 'lucia@example.org' },
  });
  const signedIn = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username: 'lucia.rivera', password: goodPassword },
  });
  const cookie = sessionCookieOf(signedIn);
  await app.inject({
    url: `/api/v1/students/${fixture.students.ana}/assignments?from=2025-09-01`,
    headers: { cookie },
  });
  await app.inject({ url: '/api/v1/nowhere?email=lucia@example.org' });
  await app.close();
  await db.destroy();

  assert.equal(lines.length, 4, lines.join('\n'));
  const entries = lines.map((line) => JSON.parse(line));
  assert.deepEqual(
    entries.map((e) => [e.method, e.route, e.status]),
    [
      ['POST', '/api/v1/account/activate', 201],
      ['POST', '/api/v1/session', 200],
      ['GET', '/api/v1/students/:id/assignments', 200],
      ['GET', '(no route)', 404],
    ],
  );
  for (const entry of entries) {
    assert.equal(typeof entry.reqId, 'string');
    assert.equal(typeof entry.ms, 'number');
  }
  const all = lines.join('\n');
  for (const secret of ['lucia', goodPassword, activationKey, cookie.split('=')[1], '2025-09-01']) {
    assert.ok(!all.includes(secret!), `the log holds "${secret}"`);
  }
});
