import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { activeExcuses } from '../../server/absences/excuses.ts';
import { purgeIdempotencyKeys } from '../../server/http/idempotency.ts';
import { notify } from '../../server/notifications/create.ts';
import {
  activate,
  buildTestWorld,
  closeTestWorld,
  sessionCookieOf,
  signIn,
  type TestWorld,
} from './helpers/app.ts';
import { addSchoolDays, writeAs } from './helpers/writes.ts';

/**
 * Every write route of a signed-in guardian takes an Idempotency-Key: a
 * replay answers the kept response without doing the work again, another
 * request under the same key is a 422, a missing key a 400, and two
 * concurrent requests with one key do the work once.
 */
let world: TestWorld;
let cookie: string;

// One world for the file (sign-in hashes are slow); every test uses fresh keys
// and checks changes relative to what was there before it.
before(async () => {
  world = await buildTestWorld();
  await addSchoolDays(world.db, world.fixture, '2025-09-01', '2025-09-30', ['2025-09-01']);
  const activated = await activate(world, world.fixture.guardians.a.sourceId, 'lucia');
  assert.equal(activated.statusCode, 201);
  // Push subscriptions need a session that stays logged in.
  cookie = sessionCookieOf(await signIn(world.app, 'lucia', undefined, { stayLoggedIn: true }));
});
after(() => closeTestWorld(world));

interface WriteRoute {
  name: string;
  method: 'POST' | 'DELETE';
  /** Makes what the route needs; answers its URL and two different bodies. */
  setup: () => Promise<{ url: string; body?: unknown; otherBody?: unknown; otherUrl?: string }>;
  /** Something that moves each time the work is done. */
  state: () => Promise<string>;
  /** Puts the state back, to see a replay does not redo the work. */
  undo?: () => Promise<void>;
}

const endpoint = 'https://push.example/send/abc';
const keys = { p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM', auth: 'tBHItJI5svbpez7KI4CCXg' };

async function newRequestId(): Promise<number> {
  const [excuse] = await activeExcuses(world.db, world.fixture.districtId);
  assert.ok(excuse);
  const made = await writeAs(world.app, cookie, 'POST', '/api/v1/absence-requests', {
    studentIds: [world.fixture.students.ana], excuseId: excuse.id, kind: 'full_day', firstDate: '2025-09-04',
  });
  assert.equal(made.statusCode, 201, made.body);
  return made.json().id;
}

async function newNotification(): Promise<number> {
  const { ids } = await notify(world.db, [{
    guardianId: world.fixture.guardians.a.id, kind: 'announcement', params: { text: 'Hi' }, link: null,
  }], { now: world.clock.now(), push: false });
  return ids[0] ?? 0;
}

const count = async (table: 'absenceRequest' | 'absenceRequestChange' | 'pushSubscription') => {
  const row = await world.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return String(row.n);
};
const readFlags = async () =>
  (await world.db.selectFrom('notification').select('read').orderBy('id').execute()).map((r) => r.read).join('');

const routes: WriteRoute[] = [
  {
    name: 'POST /absence-requests',
    method: 'POST',
    setup: async () => {
      const [excuse] = await activeExcuses(world.db, world.fixture.districtId);
  assert.ok(excuse);
      const body = {
        studentIds: [world.fixture.students.ana], excuseId: excuse.id, kind: 'full_day', firstDate: '2025-09-04',
      };
      return { url: '/api/v1/absence-requests', body, otherBody: { ...body, firstDate: '2025-09-05' } };
    },
    state: () => count('absenceRequest'),
  },
  {
    name: 'POST /absence-requests/:id/cancel',
    method: 'POST',
    setup: async () => {
      const id = await newRequestId();
      const other = await newRequestId();
      return { url: `/api/v1/absence-requests/${id}/cancel`, otherUrl: `/api/v1/absence-requests/${other}/cancel` };
    },
    state: () => count('absenceRequestChange'),
  },
  {
    name: 'POST /notifications/:id/read',
    method: 'POST',
    setup: async () => {
      const id = await newNotification();
      const other = await newNotification();
      return { url: `/api/v1/notifications/${id}/read`, otherUrl: `/api/v1/notifications/${other}/read` };
    },
    state: readFlags,
    undo: async () => { await world.db.updateTable('notification').set({ read: 0 }).execute(); },
  },
  {
    name: 'POST /notifications/read-all',
    method: 'POST',
    setup: async () => {
      await newNotification();
      await newNotification();
      return { url: '/api/v1/notifications/read-all', body: {}, otherBody: { all: true } };
    },
    state: readFlags,
    undo: async () => { await world.db.updateTable('notification').set({ read: 0 }).execute(); },
  },
  {
    name: 'POST /push/subscriptions',
    method: 'POST',
    setup: async () => {
      await world.db.deleteFrom('pushSubscription').execute();
      return { url: '/api/v1/push/subscriptions', body: { endpoint, keys }, otherBody: { endpoint: `${endpoint}2`, keys } };
    },
    state: () => count('pushSubscription'),
    undo: async () => { await world.db.deleteFrom('pushSubscription').execute(); },
  },
  {
    name: 'DELETE /push/subscriptions',
    method: 'DELETE',
    setup: async () => {
      const subscribed = await writeAs(world.app, cookie, 'POST', '/api/v1/push/subscriptions', { endpoint, keys });
      assert.equal(subscribed.statusCode, 201, subscribed.body);
      return { url: '/api/v1/push/subscriptions', body: { endpoint }, otherBody: { endpoint: `${endpoint}2` } };
    },
    state: () => count('pushSubscription'),
    undo: async () => {
      await writeAs(world.app, cookie, 'POST', '/api/v1/push/subscriptions', { endpoint, keys });
    },
  },
];

for (const route of routes) {
  test(`${route.name}: a replay answers the kept response and does nothing again`, async () => {
    const { url, body } = await route.setup();
    const key = randomUUID();
    const before = await route.state();
    const first = await writeAs(world.app, cookie, route.method, url, body, key);
    assert.ok(first.statusCode < 300, first.body);
    const after = await route.state();
    assert.notEqual(after, before, 'the first request did its work');
    await route.undo?.();
    const undone = await route.state();

    world.clock.advance(60_000);
    const replay = await writeAs(world.app, cookie, route.method, url, body, key);
    assert.equal(replay.statusCode, first.statusCode);
    assert.equal(replay.body, first.body);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(await route.state(), undone, 'the replay did not do the work again');
  });

  test(`${route.name}: the same key for another request is a 422`, async () => {
    const { url, body, otherBody, otherUrl } = await route.setup();
    const key = randomUUID();
    const first = await writeAs(world.app, cookie, route.method, url, body, key);
    assert.ok(first.statusCode < 300, first.body);
    const state = await route.state();
    const other = await writeAs(world.app, cookie, route.method, otherUrl ?? url, otherBody ?? body, key);
    assert.equal(other.statusCode, 422, other.body);
    assert.equal(other.json().code, 'idempotency_key_reused');
    assert.equal(await route.state(), state);
  });

  test(`${route.name}: without a key (or with a bad one) it is a 400 and nothing is done`, async () => {
    const { url, body } = await route.setup();
    const state = await route.state();
    for (const key of [null, '', 'x'.repeat(129), 'with space']) {
      const response = await writeAs(world.app, cookie, route.method, url, body, key);
      assert.equal(response.statusCode, 400, `${JSON.stringify(key)}: ${response.body}`);
      assert.equal(response.json().code, 'idempotency_key_required');
    }
    assert.equal(await route.state(), state);
    const longest = await writeAs(world.app, cookie, route.method, url, body, randomUUID().padEnd(128, 'k'));
    assert.ok(longest.statusCode < 300, longest.body);
  });

  test(`${route.name}: concurrent requests with one key do the work once`, async () => {
    const { url, body } = await route.setup();
    const key = randomUUID();
    const before = await route.state();
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => writeAs(world.app, cookie, route.method, url, body, key)),
    );
    for (const answer of answers) {
      assert.equal(answer.statusCode, answers[0]?.statusCode, answer.body);
      assert.equal(answer.body, answers[0]?.body);
    }
    assert.equal(answers.filter((a) => a.headers['idempotent-replayed'] !== 'true').length, 1);
    const after = await route.state();
    assert.notEqual(after, before);
    if (route.name === 'POST /absence-requests') assert.equal(Number(after), Number(before) + 1);
  });
}

test('keys are per account: another guardian may use the same key', async () => {
  const { url, body } = await routes[0]!.setup();
  const key = randomUUID();
  assert.equal((await writeAs(world.app, cookie, 'POST', url, body, key)).statusCode, 201);
  assert.equal((await activate(world, world.fixture.guardians.b.sourceId, 'sam')).statusCode, 201);
  const cookieB = sessionCookieOf(await signIn(world.app, 'sam'));
  const other = await writeAs(world.app, cookieB, 'POST', url, body, key);
  // Sam's request is his own: here a 404 for Ana, not Lucia's kept answer.
  assert.equal(other.statusCode, 404);
});

test('a refusal is kept too, and a 5xx releases the key for a retry', async () => {
  const { url, body } = await routes[0]!.setup();
  const key = randomUUID();
  const past = { ...(body as object), firstDate: '2025-09-02' };
  const refused = await writeAs(world.app, cookie, 'POST', url, past, key);
  assert.equal(refused.statusCode, 400);
  const again = await writeAs(world.app, cookie, 'POST', url, past, key);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.equal(again.body, refused.body);

  const retryKey = randomUUID();
  await world.db.schema.alterTable('absence_request').renameTo('absence_request_away').execute();
  const failed = await writeAs(world.app, cookie, 'POST', url, body, retryKey);
  assert.equal(failed.statusCode, 500);
  await world.db.schema.alterTable('absence_request_away').renameTo('absence_request').execute();
  const retried = await writeAs(world.app, cookie, 'POST', url, body, retryKey);
  assert.equal(retried.statusCode, 201, retried.body);
  assert.equal(retried.headers['idempotent-replayed'], undefined);
});

test('the purge job keeps keys at least 7 days', async () => {
  const { url, body } = await routes[0]!.setup();
  await world.db.deleteFrom('idempotencyKey').execute();
  await writeAs(world.app, cookie, 'POST', url, body, 'kept-key');
  const day = 24 * 3600 * 1000;
  const keptCount = async () => (await world.db.selectFrom('idempotencyKey').select('key').execute()).length;
  assert.equal(await purgeIdempotencyKeys(world.db, new Date(world.clock.current.getTime() + 7 * day)), 0);
  assert.equal(await keptCount(), 1);
  assert.equal(await purgeIdempotencyKeys(world.db, new Date(world.clock.current.getTime() + 9 * day)), 1);
  assert.equal(await keptCount(), 0);
});

test('a claim left by a process that died is freed after two minutes', async () => {
  const { url, body } = await routes[0]!.setup();
  const key = randomUUID();
  assert.equal((await writeAs(world.app, cookie, 'POST', url, body, key)).statusCode, 201);
  // As if the process had died after claiming the key, before answering.
  await world.db
    .updateTable('idempotencyKey')
    .set({ statusCode: null, responseBody: null, createdAt: new Date(world.clock.current.getTime() - 3 * 60_000).toISOString() })
    .where('key', '=', key)
    .execute();
  const freed = await writeAs(world.app, cookie, 'POST', url, body, key);
  assert.equal(freed.statusCode, 409);
  assert.equal(freed.json().code, 'idempotency_key_in_progress');
  assert.equal(freed.headers['retry-after'], '1');
  const retried = await writeAs(world.app, cookie, 'POST', url, body, key);
  assert.equal(retried.statusCode, 201, retried.body);
  assert.equal(retried.headers['idempotent-replayed'], undefined);
});
