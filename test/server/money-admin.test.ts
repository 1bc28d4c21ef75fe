import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase, type PortalDb } from '../../server/db/database.ts';
import { parseDollars } from '../../server/money/cents.ts';
import { TestClock, signedInAs, type TestWorld } from './helpers/app.ts';
import { buildFixture } from './helpers/fixture.ts';
import { addCard, moneyFixture } from './helpers/money.ts';
import { writeAs } from './helpers/writes.ts';

const dir = mkdtempSync(join(tmpdir(), 'portal-money-admin-'));
const file = join(dir, 'portal.db');
let db: PortalDb;
let world: TestWorld;

function admin(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args, '--db', file], {
    encoding: 'utf8',
    env: { ...process.env, MAIL_OUTBOX: join(dir, 'mail') },
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

before(async () => {
  ({ db } = await openPortalDatabase(file));
  const fixture = await buildFixture(db);
  const clock = new TestClock();
  world = { app: await buildApp({ db, secureCookies: false, now: clock.now }), db, fixture, clock };
  await moneyFixture(world);
});
after(async () => {
  await world.app.close();
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

test('dollars typed by a person become whole cents exactly', () => {
  const table: Array<[string, number | null]> = [
    ['45', 4500], ['45.5', 4550], ['45.50', 4550], ['$1,045.07', 104507], ['0.29', 29],
    ['0.1', 10], ['45.555', null], ['-3', null], ['abc', null], ['', null],
  ];
  for (const [text, cents] of table) assert.equal(parseDollars(text), cents, text);
});

test('assign-fee and food-purchase say which argument is wrong, and change nothing', async () => {
  const before = await db.selectFrom('fee').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const cases: Array<[string[], RegExp]> = [
    [['assign-fee', 'S-1', '0.001', '--type', 'X', '--description', 'Y', '--due', '2025-10-01'], /0\.001 is not an amount/],
    [['assign-fee', 'S-1', '5', '--type', 'X', '--description', 'Y', '--due', '2025-13-40'], /--due needs a date as YYYY-MM-DD, not 2025-13-40/],
    [['assign-fee', 'S-1', '5', '--type', 'X', '--description', 'Y', '--due', '2025-02-30'], /not 2025-02-30/],
    [['assign-fee', 'S-1', '5', '--description', 'Y', '--due', '2025-10-01'], /--type is needed/],
    [['assign-fee', 'S-1', '-5', '--type', 'X', '--description', 'Y', '--due', '2025-10-01'], /-5: amounts and numbers here cannot be negative/],
    [['food-purchase', 'S-1', '3.25', '--at', 'lunchtime'], /--at needs an instant/],
    [['food-purchase', 'S-1'], /Name the student and the amount/],
  ];
  for (const [args, message] of cases) {
    const result = admin(...args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.err, message);
  }
  const after = await db.selectFrom('fee').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  assert.equal(after.n, before.n);
});

test('assign-fee, then a recurring payment on it run by `npm run jobs` twice on one day: charged once', async () => {
  const assigned = admin('assign-fee', 'S-1', '45.50', '--type', 'Lab', '--description', 'Lab kit', '--due', '2025-10-01');
  assert.equal(assigned.status, 0, assigned.err);
  const fee = await db.selectFrom('fee').selectAll().where('description', '=', 'Lab kit').executeTakeFirstOrThrow();
  assert.equal(fee.amountCents, 4550);
  assert.equal(admin('assign-fee', 'S-404', '1', '--type', 'X', '--description', 'Y', '--due', '2025-10-01').status, 1);
  assert.equal(admin('assign-fee', 'S-1', '1.234', '--type', 'X', '--description', 'Y', '--due', '2025-10-01').status, 2);

  const cookie = await signedInAs(world, 'a');
  const card = await addCard(world, cookie);
  const rule = await writeAs(world.app, cookie, 'POST', '/api/v1/recurring-payments', {
    targetKind: 'fee', feeId: fee.id, frequency: 'weekly', startDate: '2025-09-10', endDate: '2025-10-01',
    paymentMethodId: card, receiptEmail: 'lucia@example.org',
  });
  assert.equal(rule.statusCode, 201, rule.body);
  assert.equal(rule.json().amountCents, 1138); // 4550 / 4, rounded up

  for (let i = 0; i < 2; i++) {
    const jobs = spawnSync('npm', ['run', '--silent', 'jobs', '--', '--at', '2025-09-10T14:00:00Z', '--db', file], {
      encoding: 'utf8',
      env: { ...process.env, MAIL_OUTBOX: join(dir, 'mail') },
    });
    assert.equal(jobs.status, 0, jobs.stderr);
    const line = jobs.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)).find((l) => l.job === 'recurring-payments');
    assert.equal(line.charged, i === 0 ? 1 : 0, jobs.stdout);
  }
  const payments = await db.selectFrom('payment').select(['amountCents', 'status']).execute();
  assert.deepEqual(payments, [{ amountCents: 1138, status: 'succeeded' }]);
  const mail = admin('mail', 'list', '--dir', join(dir, 'mail'));
  assert.match(mail.out + mail.err, /receipt/i);
});

test('food-purchase takes from the balance and notifies once the threshold is crossed', async () => {
  const bought = admin('food-purchase', 'S-1', '18.50', '--description', 'Lunch');
  assert.equal(bought.status, 0, bought.err);
  assert.match(bought.out, /Balance 150 cents \(was 2000\)/);
  const alerts = await db.selectFrom('notification').select('kind').where('kind', '=', 'low_food_balance').execute();
  assert.equal(alerts.length, 1);
  assert.equal(admin('food-purchase', 'S-1', 'lots').status, 2);
});
