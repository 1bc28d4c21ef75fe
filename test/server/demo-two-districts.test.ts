import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase, type PortalDb } from '../../server/db/database.ts';
import { startupMessage } from '../../server/demo/announce.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';
import {
  ensureSecondDemoDistrict,
  secondDemoDistrict,
  workingSecondDemoSignIn,
} from '../../server/demo/second-district.ts';
import type { FastifyInstance } from 'fastify';
import { cookieSet, signInTo } from './helpers/districts.ts';

let db: PortalDb;
let app: FastifyInstance;
before(async () => {
  ({ db } = await openPortalDatabase(':memory:'));
  const now = new Date('2026-03-04T15:00:00Z');
  await ensureDemoDistrict(db, { now });
  const signIn = await ensureSecondDemoDistrict(db, { now });
  assert.deepEqual(signIn, { username: 'demo.juniper', password: 'Demo-Juniper-1' });
  app = await buildApp({ db, secureCookies: false });
});
after(async () => {
  await app.close();
  await db.destroy();
});

test('the demo has two districts, found by name and state, the first the default', async () => {
  const found = await app.inject({ method: 'GET', url: '/api/v1/districts?state=WI' });
  assert.deepEqual(found.json().districts.map((d: { slug: string }) => d.slug), ['juniper-valley']);
  const all = await app.inject({ method: 'GET', url: '/api/v1/districts' });
  assert.equal(all.json().defaultDistrict, 'cedar-hollow');
  assert.equal(all.json().districts.length, 2);
  assert.equal(await ensureSecondDemoDistrict(db), null, 'made once');
});

test('the old demo sign-ins work without X-District, the new one in its district', async () => {
  for (const [username, password] of [['demo.parent', 'Demo-Parent-1'], ['demo.parent2', 'Demo-Parent-2']]) {
    const answer = await signInTo(app, undefined, username ?? '', password);
    assert.equal(answer.statusCode, 200, username);
    assert.equal(answer.json().district.slug, 'cedar-hollow');
  }
  const juniper = await signInTo(app, 'juniper-valley', 'demo.juniper', 'Demo-Juniper-1');
  assert.equal(juniper.statusCode, 200);
  const cedar = await signInTo(app, 'cedar-hollow', 'demo.parent', 'Demo-Parent-1');
  const a = juniper.json();
  const b = cedar.json();
  assert.deepEqual(
    [a.guardian.firstName, a.guardian.lastName],
    [b.guardian.firstName, b.guardian.lastName],
    'the same parent in both districts',
  );
  assert.ok(a.students.length > 0);
  const theirs = new Set(b.students.map((s: { id: number }) => s.id));
  assert.ok(a.students.every((s: { id: number }) => !theirs.has(s.id)));
  assert.ok(cookieSet(juniper, 'portal_session_juniper-valley'));
});

test('the start-up line names the second district and its sign-in', async () => {
  const signIn = await workingSecondDemoSignIn(db);
  assert.ok(signIn);
  const line = startupMessage(
    { address: '0.0.0.0', family: 'IPv4', port: 8080 },
    [{ username: 'demo.parent', password: 'Demo-Parent-1' }],
    { district: secondDemoDistrict.name, signIn },
  );
  assert.equal(
    line,
    'Parent portal: http://localhost:8080 — demo sign-in: demo.parent / Demo-Parent-1; ' +
      'in Juniper Valley School District too: demo.juniper / Demo-Juniper-1',
  );
});
