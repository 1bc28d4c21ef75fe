import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { activeExcuses } from '../../server/absences/excuses.ts';
import {
  activate,
  buildTestWorld,
  closeTestWorld,
  sessionCookieOf,
  signIn,
  type TestWorld,
} from './helpers/app.ts';
import { guardianWriteRoutes } from './helpers/routes.ts';

/**
 * Bad input on every write route of a signed-in guardian (absence
 * requests, notifications, push): always a 4xx with a code and a message,
 * never a 5xx, with a session, the CSRF header and a fresh key each time.
 */
let world: TestWorld;
let cookie: string;
let excuseId: number;
before(async () => {
  world = await buildTestWorld();
  assert.equal((await activate(world, world.fixture.guardians.a.sourceId, 'lucia')).statusCode, 201);
  cookie = sessionCookieOf(await signIn(world.app, 'lucia', undefined, { stayLoggedIn: true }));
  excuseId = (await activeExcuses(world.db, world.fixture.districtId))[0]?.id ?? 0;
});
after(() => closeTestWorld(world));

function send(method: string, url: string, payload: string, contentType = 'application/json') {
  return world.app.inject({
    method: method as 'POST' | 'DELETE',
    url,
    headers: {
      cookie,
      'x-requested-with': 'portal',
      'idempotency-key': randomUUID(),
      'content-type': contentType,
    },
    payload,
  });
}

function assertRefused(response: { statusCode: number; body: string }, what: string) {
  assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${what}: ${response.statusCode} ${response.body}`);
  const body = JSON.parse(response.body);
  assert.equal(typeof body.code, 'string', what);
  assert.equal(typeof body.message, 'string', what);
}

const badIds = ['abc', '-1', '0', '1.5', '1e400', '99999999999999999999999', '%00', "1'--", '0x10', '999999'];

const request = (extra: Record<string, unknown>) => JSON.stringify({
  studentIds: [1], excuseId: 1, kind: 'full_day', firstDate: '2025-09-04', ...extra,
});

const badBodies: Array<{ payload: string; contentType?: string }> = [
  { payload: '{' },
  { payload: '' },
  { payload: 'null' },
  { payload: '[]' },
  { payload: '"text"' },
  { payload: '{"__proto__": {"admin": true}}' },
  { payload: '{"constructor": {"prototype": {}}}' },
  { payload: 'a=b', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<xml/>', contentType: 'text/xml' },
  { payload: request({ studentIds: [] }) },
  { payload: request({ studentIds: ['one'] }) },
  { payload: request({ studentIds: [1, 1] }) },
  { payload: request({ studentIds: Array.from({ length: 500 }, (_, i) => i + 1) }) },
  { payload: request({ studentIds: [1e400] }) },
  { payload: request({ studentIds: 1 }) },
  { payload: request({ excuseId: 'sick' }) },
  { payload: request({ excuseId: -1 }) },
  { payload: request({ kind: 'half_day' }) },
  { payload: request({ firstDate: '2025-13-45' }) },
  { payload: request({ firstDate: '2025-02-30' }) },
  { payload: request({ firstDate: '20250904' }) },
  { payload: request({ firstDate: '+002025-09-04' }) },
  { payload: request({ lastDate: 'tomorrow' }) },
  { payload: request({ kind: 'arrive_late', time: '24:00' }) },
  { payload: request({ kind: 'arrive_late', time: '9:00' }) },
  { payload: request({ kind: 'arrive_late', time: '09:00:00' }) },
  { payload: request({ comment: 5 }) },
  { payload: request({ comment: 'x'.repeat(5000) }) },
  { payload: request({ extra: true }) },
  { payload: JSON.stringify({ endpoint: 5, keys: {} }) },
  { payload: JSON.stringify({ endpoint: 'not a url at all', keys: { p256dh: 'x', auth: 'y' } }) },
  { payload: JSON.stringify({ endpoint: 'javascript:alert(1)', keys: { p256dh: 'x', auth: 'y' } }) },
  { payload: JSON.stringify({ endpoint: `https://push.example/${'x'.repeat(3000)}`, keys: { p256dh: 'x', auth: 'y' } }) },
  { payload: JSON.stringify({ endpoint: 'https://push.example/a', keys: { p256dh: '!!', auth: 'y' } }) },
  { payload: JSON.stringify({ endpoint: 'https://push.example/a', keys: 'none' }) },
];

test('malformed bodies are refused on every guardian write route', async () => {
  for (const route of guardianWriteRoutes) {
    const url = route.url.replace(':id', '1');
    for (const body of badBodies) {
      const response = await send(route.method, url, body.payload, body.contentType);
      // Routes that take no body ignore a well-formed JSON one: a 404 or 2xx there is fine.
      if (response.statusCode < 300) continue;
      assertRefused(response, `${route.method} ${url} ${body.payload.slice(0, 60)}`);
    }
  }
});

test('bad ids are refused on every write route that names a record', async () => {
  for (const route of guardianWriteRoutes.filter((r) => r.url.includes(':id'))) {
    for (const id of badIds) {
      const url = route.url.replace(':id', encodeURIComponent(id));
      assertRefused(await send(route.method, url, '{}'), url);
    }
  }
});

test('a well-formed request that breaks a rule is a 4xx too', async () => {
  const body = request({ studentIds: [world.fixture.students.ana], excuseId, firstDate: '2025-09-06' });
  assertRefused(await send('POST', '/api/v1/absence-requests', body), 'a Saturday');
  const queries = ['?x=1', '?status=unknown', '?status=submitted&status=approved'];
  for (const query of queries) {
    const response = await world.app.inject({ url: `/api/v1/absence-requests${query}`, headers: { cookie } });
    assertRefused(response, query);
  }
  for (const query of ['?limit=0', '?limit=1000', '?before=-1', '?before=abc']) {
    const response = await world.app.inject({ url: `/api/v1/notifications${query}`, headers: { cookie } });
    assertRefused(response, query);
  }
});
