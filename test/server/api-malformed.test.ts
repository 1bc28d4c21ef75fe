import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';
import { guardianRouteUrls, studentRouteUrls } from './helpers/routes.ts';

/**
 * Bad input of every kind on every route: always a 4xx with a message,
 * never a 5xx. One world for the file: nothing here changes data.
 */
let world: TestWorld;
let cookie: string;
before(async () => {
  world = await buildTestWorld();
  cookie = await signedInAs(world, 'a');
});
after(() => closeTestWorld(world));

function assertRefused(response: { statusCode: number; body: string }, what: string) {
  assert.ok(
    response.statusCode >= 400 && response.statusCode < 500,
    `${what}: ${response.statusCode} ${response.body}`,
  );
  const body = JSON.parse(response.body);
  assert.equal(typeof body.code, 'string', what);
  assert.equal(typeof body.message, 'string', what);
}

const badIds = [
  'abc', '-1', '0', '1.5', '1e400', '99999999999999999999999', '%00', "1'--", ' 1', '0x10',
];
const badQueries = [
  '?unknown=1',
  '?term=abc',
  '?term=-5',
  '?term=1e99',
  '?schoolYear=x',
  '?schoolYear=1&schoolYear=2',
  '?section=2.5',
  '?from=yesterday',
  '?to=2025-13-45x',
  '?cursor=abc',
  '?cursor=-1',
  '?cursor=9999999999999999999999',
  '?cursor=1&cursor=2',
  '?%ZZ=1',
];

test('bad student ids are refused on every student route', async () => {
  for (const id of badIds) {
    for (const url of studentRouteUrls(encodeURIComponent(id))) {
      const response = await getAs(world.app, cookie, url);
      assertRefused(response, url);
    }
  }
});

test('bad query strings are refused on every route', async () => {
  const urls = guardianRouteUrls(world.fixture.students.ana);
  for (const url of urls) {
    for (const query of badQueries) {
      const response = await getAs(world.app, cookie, url + query);
      // A key a route does not take is refused, like a wrong value.
      assertRefused(response, url + query);
    }
  }
});

const writeRoutes = [
  { method: 'POST' as const, url: '/api/v1/session' },
  { method: 'POST' as const, url: '/api/v1/account/activate' },
  { method: 'DELETE' as const, url: '/api/v1/session' },
];

const badBodies: Array<{ payload: string; contentType: string }> = [
  { payload: '{', contentType: 'application/json' },
  { payload: '', contentType: 'application/json' },
  { payload: 'null', contentType: 'application/json' },
  { payload: '[]', contentType: 'application/json' },
  { payload: '"text"', contentType: 'application/json' },
  { payload: '{"username": 5, "password": true}', contentType: 'application/json' },
  { payload: '{"username": "a", "password": "b", "stayLoggedIn": "yes"}', contentType: 'application/json' },
  { payload: '{"username": "lucia", "password": "x", "district": 1e400}', contentType: 'application/json' },
  { payload: '{"username": "lucia", "password": "x", "district": "one"}', contentType: 'application/json' },
  { payload: `{"username": "${'u'.repeat(5000)}", "password": "x"}`, contentType: 'application/json' },
  { payload: '{"__proto__": {"admin": true}}', contentType: 'application/json' },
  { payload: '{"constructor": {"prototype": {}}}', contentType: 'application/json' },
  { payload: 'username=a&password=b', contentType: 'application/x-www-form-urlencoded' },
  { payload: '<xml/>', contentType: 'text/xml' },
  {
    payload: '{"activationKey": "k", "username": "ab", "password": "p", "email": "e"}',
    contentType: 'application/json',
  },
];

test('malformed bodies are refused on every write route', async () => {
  for (const route of writeRoutes) {
    for (const body of badBodies) {
      const response = await world.app.inject({
        ...route,
        headers: { 'content-type': body.contentType },
        payload: body.payload,
      });
      const what = `${route.method} ${route.url} ${body.payload.slice(0, 60)}`;
      if (route.method === 'DELETE' && response.statusCode === 204) continue;
      assertRefused(response, what);
    }
  }
});

test('an oversized body is refused', async () => {
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2_000_000) }),
  });
  assertRefused(response, 'two megabytes');
});

test('unknown routes and methods are 404s with a message', async () => {
  assertRefused(await getAs(world.app, cookie, '/api/v1/nothing'), 'unknown route');
  assertRefused(
    await world.app.inject({ method: 'PUT', url: '/api/v1/students' }),
    'unknown method',
  );
});
