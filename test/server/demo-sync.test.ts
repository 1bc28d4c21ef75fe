import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Value } from 'typebox/value';
import { SyncResponse } from '../../src/api/sync.ts';
import { hashPassword } from '../../server/accounts/passwords.ts';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { startupMessage } from '../../server/demo/announce.ts';
import { ensureDemoDistrict, workingDemoSignIns } from '../../server/demo/district.ts';
import { sessionCookieOf, signIn } from './helpers/app.ts';

const now = new Date('2026-12-03T15:00:00Z');

test('a demo guardian signs in and syncs data that keeps the contract', async () => {
  const { db } = await openPortalDatabase(':memory:');
  const app = await buildApp({ db, secureCookies: false, now: () => now });
  try {
    const signIns = await ensureDemoDistrict(db, { now });
    const [first] = signIns ?? [];
    assert.ok(first);
    const session = await signIn(app, first.username, first.password);
    assert.equal(session.statusCode, 200, session.body);
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/sync',
      headers: { cookie: sessionCookieOf(session) },
    });
    assert.equal(response.statusCode, 200, response.body);
    const body: unknown = response.json();
    const errors = [...Value.Errors(SyncResponse, body)].slice(0, 3);
    assert.deepEqual(errors, []);
    assert.ok(Value.Check(SyncResponse, body));
    assert.equal(body.changes.students?.length, 3);
    assert.ok((body.changes.scores?.length ?? 0) > 50);
  } finally {
    await app.close();
    await db.destroy();
  }
});

test('later starts still show the demo sign-ins, until a password changes', async () => {
  const { db } = await openPortalDatabase(':memory:');
  try {
    await ensureDemoDistrict(db, { now });
    const working = await workingDemoSignIns(db);
    assert.deepEqual(working.map((s) => s.username), ['demo.parent', 'demo.parent2']);
    await db
      .updateTable('account')
      .set({ passwordHash: await hashPassword('Changed-Pass-9') })
      .where('username', '=', 'demo.parent2')
      .execute();
    const after = await workingDemoSignIns(db);
    assert.deepEqual(after.map((s) => s.username), ['demo.parent']);
  } finally {
    await db.destroy();
  }
});

test('the start-up line names the address and the demo sign-in', () => {
  const line = startupMessage({ address: '0.0.0.0', family: 'IPv4', port: 8080 }, [
    { username: 'demo.parent', password: 'Demo-Parent-1' },
  ]);
  assert.equal(
    line,
    'Parent portal: http://localhost:8080 — demo sign-in: demo.parent / Demo-Parent-1',
  );
  assert.equal(
    startupMessage({ address: '::1', family: 'IPv6', port: 80 }, null),
    'Parent portal: http://[::1]:80',
  );
});
