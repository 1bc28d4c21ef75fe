import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import { processMealApplication } from '../../server/meal-benefits/process.ts';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import {
  closeTestWorld,
  getAs,
  signedInAs,
  TestClock,
  type TestWorld,
} from './helpers/app.ts';
import { buildFixture } from './helpers/fixture.ts';
import { writeAs } from './helpers/writes.ts';

/** Meal benefits applications through HTTP: filing, reading back, authorization, replay. */
let world: TestWorld;
let cookie: string;
let folder: string;

// A database file, as the server keeps it, not an in-memory one.
beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portal-meals-http-'));
  const { db } = await openPortalDatabase(join(folder, 'portal.db'));
  const fixture = await buildFixture(db);
  const clock = new TestClock();
  const app = await buildApp({ db, secureCookies: false, now: clock.now });
  world = { app, db, fixture, clock };
  cookie = await signedInAs(world, 'a');
});
afterEach(async () => {
  await closeTestWorld(world);
  rmSync(folder, { recursive: true, force: true });
});

function withIncomes() {
  const { ana, ben } = world.fixture.students;
  return {
    members: [
      { name: 'Ana Rivera', studentId: ana, incomes: [] },
      { name: 'Ben Rivera', studentId: ben, incomes: [] },
      {
        name: 'Lucia Rivera',
        incomes: [
          { source: 'earnings', amountCents: 120_000, frequency: 'every_two_weeks' },
          { source: 'support', amountCents: 30_000, frequency: 'monthly' },
        ],
      },
    ],
    signer: { name: 'Lucia Rivera', ssnLastFour: '4321' },
  };
}

/** One member with one income, changed by `change`. */
function withIncome(change: Record<string, unknown>) {
  const income = { source: 'earnings', amountCents: 5_000, frequency: 'weekly', ...change };
  return { ...withIncomes(), members: [{ name: 'X', incomes: [income] }] };
}

function apply(body: unknown, key?: string) {
  return writeAs(world.app, cookie, 'POST', '/api/v1/meal-applications', body, key);
}

test('an application with incomes is filed and read back without the SSN digits', async () => {
  const response = await apply(withIncomes());
  assert.equal(response.statusCode, 201, response.body);
  const application = response.json();
  assert.equal(application.status, 'submitted');
  assert.equal(application.ssnGiven, true);
  assert.equal(application.assistance, null);
  assert.deepEqual(application.members.map((m: { name: string }) => m.name), [
    'Ana Rivera', 'Ben Rivera', 'Lucia Rivera',
  ]);
  assert.equal(application.members[2].incomes.length, 2);
  assert.ok(!response.body.includes('4321'), 'the answer holds the SSN digits');

  const list = await getAs(world.app, cookie, '/api/v1/meal-applications');
  assert.equal(list.statusCode, 200);
  assert.deepEqual(list.json().mealApplications, [application]);
  assert.ok(!list.body.includes('4321'));

  const stored = await world.db.selectFrom('mealApplication').selectAll().execute();
  assert.equal(stored.length, 1);
  assert.equal(stored[0]?.ssnLastFour, '4321');
});

test('a case number takes the place of incomes; "none" keeps no digits', async () => {
  const response = await apply({
    members: [{ name: 'Ana Rivera', studentId: world.fixture.students.ana, incomes: [] }],
    assistance: { program: 'snap', caseNumber: 'SN-12345' },
    signer: { name: 'Lucia Rivera', ssnLastFour: null },
  });
  assert.equal(response.statusCode, 201, response.body);
  assert.deepEqual(response.json().assistance, { program: 'snap', caseNumber: 'SN-12345' });
  assert.equal(response.json().ssnGiven, false);
  const stored = await world.db.selectFrom('mealApplication').select('ssnLastFour').execute();
  assert.deepEqual(stored, [{ ssnLastFour: null }]);
});

test('incomes next to a case number are refused', async () => {
  const body = { ...withIncomes(), assistance: { program: 'tanf', caseNumber: 'T-1' } };
  const response = await apply(body);
  assert.equal(response.statusCode, 400);
  assert.equal(response.json().code, 'invalid_request');
  assert.equal(response.json().field, '/members/2/incomes');
});

test('bad input gets a 400 with the field at fault, never a 500', async () => {
  const base = withIncomes();
  const cases: Array<[unknown, string]> = [
    [{ ...base, members: [] }, '/members'],
    [{ ...base, signer: { name: 'Lucia', ssnLastFour: '12345' } }, '/signer/ssnLastFour'],
    [{ ...base, signer: { name: 'Lucia', ssnLastFour: '12a4' } }, '/signer/ssnLastFour'],
    [{ ...base, signer: { name: '   ', ssnLastFour: null } }, '/signer/name'],
    [{ ...base, members: [{ name: ' ', incomes: [] }] }, '/members/0/name'],
    [withIncome({ amountCents: 0 }), '/members/0/incomes/0/amountCents'],
    [withIncome({ amountCents: 1_000_000_001 }), '/members/0/incomes/0/amountCents'],
    [withIncome({ amountCents: 12.5 }), '/members/0/incomes/0/amountCents'],
    [withIncome({ frequency: 'daily' }), '/members/0/incomes/0/frequency'],
    [withIncome({ source: 'lottery' }), '/members/0/incomes/0/source'],
    [{ ...base, assistance: { program: 'wic', caseNumber: '1' } }, '/assistance/program'],
    [{ ...base, extra: true }, ''],
  ];
  for (const [body, field] of cases) {
    const response = await apply(body);
    assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
    assert.equal(response.json().code, 'invalid_request');
    if (field) assert.equal(response.json().field, field, response.body);
  }
  assert.equal((await world.db.selectFrom('mealApplication').select('id').execute()).length, 0);
});

test("another family's student is answered as unknown, and nothing is filed", async () => {
  const body = withIncomes();
  body.members[0] = { name: 'Cleo', studentId: world.fixture.students.cleo, incomes: [] };
  const response = await apply(body);
  assert.equal(response.statusCode, 404);
  assert.equal(response.json().code, 'not_found');
  assert.equal((await world.db.selectFrom('mealApplication').select('id').execute()).length, 0);
});

test('a replayed send answers the same application and files it once', async () => {
  const key = 'meal-key-1';
  const first = await apply(withIncomes(), key);
  const again = await apply(withIncomes(), key);
  assert.equal(first.statusCode, 201);
  assert.equal(again.statusCode, 201);
  assert.equal(again.headers['idempotent-replayed'], 'true');
  assert.deepEqual(again.json(), first.json());
  const changed = { ...withIncomes(), signer: { name: 'Lucia R', ssnLastFour: null } };
  const other = await apply(changed, key);
  assert.equal(other.statusCode, 422);
  assert.equal(other.json().code, 'idempotency_key_reused');
  const missing = await apply(withIncomes(), null as unknown as string);
  assert.equal(missing.statusCode, 400);
  assert.equal(missing.json().code, 'idempotency_key_required');
  assert.equal((await world.db.selectFrom('mealApplication').select('id').execute()).length, 1);
});

test('guardians see only their own applications; signed out is 401', async () => {
  assert.equal((await apply(withIncomes())).statusCode, 201);
  const other = await signedInAs(world, 'b');
  const list = await getAs(world.app, other, '/api/v1/meal-applications');
  assert.deepEqual(list.json().mealApplications, []);
  const anonymous = await world.app.inject({ method: 'GET', url: '/api/v1/meal-applications' });
  assert.equal(anonymous.statusCode, 401);
});

test('staff approve: the status changes once and the guardian is notified', async () => {
  const { id } = (await apply(withIncomes())).json();
  await processMealApplication(world.db, id, 'approve', {
    note: null, by: 'office', now: world.clock.now(), push: false,
  });
  const list = await getAs(world.app, cookie, '/api/v1/meal-applications');
  assert.equal(list.json().mealApplications[0].status, 'approved');
  const bell = await getAs(world.app, cookie, '/api/v1/notifications');
  const [notification] = bell.json().notifications;
  assert.equal(notification.kind, 'meal_application_processed');
  assert.equal(notification.params.status, 'approved');
  assert.equal(notification.link, '/meal-benefits');
  await assert.rejects(
    processMealApplication(world.db, id, 'deny', {
      note: null, by: 'office', now: world.clock.now(), push: false,
    }),
    /already approved/,
  );
});
