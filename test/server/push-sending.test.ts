import assert from 'node:assert/strict';
import { createECDH, randomBytes } from 'node:crypto';
import { createServer, Agent, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { generate } from 'selfsigned';
import { processAbsenceRequest } from '../../server/absences/process.ts';
import { activeExcuses } from '../../server/absences/excuses.ts';
import { buildApp } from '../../server/app.ts';
import { notify } from '../../server/notifications/create.ts';
import {
  activate,
  buildTestWorld,
  closeTestWorld,
  getAs,
  sessionCookieOf,
  signIn,
  type TestWorld,
} from './helpers/app.ts';
import { addSchoolDays, writeAs } from './helpers/writes.ts';

/**
 * Web push against a push service played by a local HTTPS server on
 * 127.0.0.1 (web-push only speaks https), with a certificate made here.
 * Paths /gone and /missing answer 410 and 404, /broken 500, others 201.
 */
interface Received { path: string; headers: Record<string, unknown>; body: Buffer }

// http_ece (web-push's encryption) has no types; the test only decrypts.
const ece = createRequire(import.meta.url)('http_ece') as {
  decrypt: (body: Buffer, params: Record<string, unknown>) => Buffer;
};

let world: TestWorld;
let service: Server;
let agent: Agent;
let base: string;
const received: Received[] = [];
let stayCookie: string;
let browserCookie: string;

before(async () => {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], { keySize: 2048, algorithm: 'sha256' });
  service = createServer({ key: pems.private, cert: pems.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
      const status = path.startsWith('/gone') ? 410 : path.startsWith('/missing') ? 404
        : path.startsWith('/broken') ? 500 : 201;
      response.writeHead(status).end();
    });
  });
  await listenInRange(service);
  base = `https://127.0.0.1:${(service.address() as AddressInfo).port}`;
  agent = new Agent({ ca: pems.cert });

  world = await buildTestWorld();
  await addSchoolDays(world.db, world.fixture, '2025-09-01', '2025-09-30', ['2025-09-01']);
  assert.equal((await activate(world, world.fixture.guardians.a.sourceId, 'lucia')).statusCode, 201);
  stayCookie = sessionCookieOf(await signIn(world.app, 'lucia', undefined, { stayLoggedIn: true }));
  browserCookie = sessionCookieOf(await signIn(world.app, 'lucia'));
});
after(async () => {
  await closeTestWorld(world);
  agent.destroy();
  await new Promise((resolve) => service.close(resolve));
});

/**
 * Listens on a free port of this suite's range (18400-18499): another run
 * of the suite on the same machine may hold one.
 */
async function listenInRange(server: Server): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const port = 18400 + Math.floor(Math.random() * 100);
    const listening = await new Promise<boolean>((resolve) => {
      const taken = () => resolve(false);
      server.once('error', taken);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', taken);
        resolve(true);
      });
    });
    if (listening) return;
  }
  throw new Error('No free port in 18400-18499');
}

/** A browser's subscription keys, as PushManager would make them. */
function browserKeys() {
  const ecdh = createECDH('prime256v1');
  const p256dh = ecdh.generateKeys().toString('base64url');
  const auth = randomBytes(16).toString('base64url');
  return { ecdh, keys: { p256dh, auth } };
}

const subscribe = (cookie: string, endpoint: string, keys: { p256dh: string; auth: string }) =>
  writeAs(world.app, cookie, 'POST', '/api/v1/push/subscriptions', { endpoint, keys });

test('the VAPID public key is made once and kept in the database', async () => {
  const first = (await getAs(world.app, stayCookie, '/api/v1/push/key')).json().publicKey;
  assert.match(first, /^[A-Za-z0-9_-]{87}$/);
  const again = await buildApp({ db: world.db, secureCookies: false, now: world.clock.now });
  try {
    const second = (await getAs(again, stayCookie, '/api/v1/push/key')).json().publicKey;
    assert.equal(second, first);
  } finally {
    await again.close();
  }
});

test('only a session that stays logged in may subscribe', async () => {
  const { keys } = browserKeys();
  const refused = await subscribe(browserCookie, `${base}/ok/1`, keys);
  assert.equal(refused.statusCode, 403);
  assert.equal(refused.json().code, 'push_needs_stay_logged_in');
  const plain = await subscribe(stayCookie, 'http://127.0.0.1/ok', keys);
  assert.equal(plain.statusCode, 400);
  assert.equal(plain.json().code, 'push_endpoint_invalid');
  const ok = await subscribe(stayCookie, `${base}/ok/1`, keys);
  assert.equal(ok.statusCode, 201, ok.body);
  const gone = await writeAs(world.app, stayCookie, 'DELETE', '/api/v1/push/subscriptions', {
    endpoint: `${base}/ok/1`,
  });
  assert.deepEqual(gone.json(), { subscribed: false });
  assert.equal((await world.db.selectFrom('pushSubscription').select('id').execute()).length, 0);
});

test('a notification is pushed to each subscription; 404 and 410 delete theirs', async () => {
  received.length = 0;
  const browser = browserKeys();
  for (const path of ['/ok/2', '/gone/1', '/missing/1', '/broken/1']) {
    const answer = await subscribe(stayCookie, `${base}${path}`, path === '/ok/2' ? browser.keys : browserKeys().keys);
    assert.equal(answer.statusCode, 201, answer.body);
  }

  const { ids, push } = await notify(world.db, [{
    guardianId: world.fixture.guardians.a.id, kind: 'grade_posted',
    params: { student: 'Ana', course: 'Algebra I', grade: 'A' }, link: `/students/${world.fixture.students.ana}/grades`,
  }], { now: world.clock.now(), push: { agent } });

  assert.deepEqual(push, { sent: 1, removed: 2, failed: 1 });
  assert.deepEqual(received.map((r) => r.path).sort(), ['/broken/1', '/gone/1', '/missing/1', '/ok/2']);
  const left = await world.db.selectFrom('pushSubscription').select('endpoint').orderBy('endpoint').execute();
  assert.deepEqual(left.map((s) => s.endpoint.slice(base.length)), ['/broken/1', '/ok/2']);

  const delivered = received.find((r) => r.path === '/ok/2');
  assert.ok(delivered);
  assert.equal(delivered.headers['content-encoding'], 'aes128gcm');
  assert.match(String(delivered.headers.authorization), /^vapid t=/);
  assert.equal(delivered.headers.ttl, '86400');
  assert.equal(delivered.headers.urgency, 'normal');
  const payload = JSON.parse(ece.decrypt(delivered.body, {
    version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.keys.auth,
  }).toString('utf8'));
  assert.deepEqual(payload, {
    id: ids[0], title: 'Grade posted for Ana', body: 'Algebra I: A', link: `/students/${world.fixture.students.ana}/grades`,
  });

  // A guardian who reads Spanish gets the push in Spanish.
  received.length = 0;
  await world.db.updateTable('account').set({ communicationLanguage: 'es' })
    .where('guardianId', '=', world.fixture.guardians.a.id).execute();
  await notify(world.db, [{
    guardianId: world.fixture.guardians.a.id, kind: 'grade_posted',
    params: { student: 'Ana', course: 'Algebra I', grade: 'A' }, link: null,
  }], { now: world.clock.now(), push: { agent } });
  const spanish = received.find((r) => r.path === '/ok/2');
  assert.ok(spanish);
  const inSpanish = JSON.parse(ece.decrypt(spanish.body, {
    version: 'aes128gcm', privateKey: browser.ecdh, authSecret: browser.keys.auth,
  }).toString('utf8'));
  assert.equal(inSpanish.title, 'Nota publicada para Ana');
});

test('processing an absence request pushes to the guardian', async () => {
  received.length = 0;
  const [excuse] = await activeExcuses(world.db, world.fixture.districtId);
  assert.ok(excuse);
  const made = await writeAs(world.app, stayCookie, 'POST', '/api/v1/absence-requests', {
    studentIds: [world.fixture.students.ana], excuseId: excuse.id, kind: 'full_day', firstDate: '2025-09-04',
  });
  assert.equal(made.statusCode, 201, made.body);
  const { push } = await processAbsenceRequest(world.db, made.json().id, 'approve', {
    now: world.clock.now(), push: { agent }, note: null, by: 'office',
  });
  assert.equal(push.sent, 1);
  assert.ok(received.some((r) => r.path === '/ok/2'));
});

test('signing out ends the pushes to that browser', async () => {
  const signedOut = await world.app.inject({
    method: 'DELETE', url: '/api/v1/session', headers: { cookie: stayCookie, 'x-requested-with': 'portal' },
  });
  assert.equal(signedOut.statusCode, 204);
  assert.equal((await world.db.selectFrom('pushSubscription').select('id').execute()).length, 0);
});
