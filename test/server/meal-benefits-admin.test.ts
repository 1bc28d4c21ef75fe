import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { parse } from 'csv-parse/sync';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { submitMealApplication } from '../../server/meal-benefits/submit.ts';
import { activationKeyFor, goodPassword, sessionCookieOf } from './helpers/app.ts';
import { buildFixture, insert } from './helpers/fixture.ts';
import { writeAs } from './helpers/writes.ts';

/**
 * The staff side through the real admin commands on a database file:
 * the list (which never shows the digits), the CSV export, a decision
 * that notifies; and the server's logs, which never hold the digits.
 */
let folder: string;
let file: string;
const digits = '9087';

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portal-meals-'));
  file = join(folder, 'portal.db');
  const { db } = await openPortalDatabase(file);
  const fixture = await buildFixture(db);
  const accountId = await insert(db, 'account', {
    districtId: fixture.districtId, guardianId: fixture.guardians.a.id, username: 'lucia',
    passwordHash: 'not-a-hash', email: 'lucia@example.org',
    createdAt: '2025-09-01T00:00:00Z', passwordChangedAt: '2025-09-01T00:00:00Z',
  });
  const signedIn = {
    idHash: 'none', accountId, guardianId: fixture.guardians.a.id, districtId: fixture.districtId,
    stayLoggedIn: false, expiresAt: '2025-09-04T00:00:00Z',
  };
  const now = new Date('2025-09-03T15:00:00Z');
  await submitMealApplication(db, signedIn, {
    members: [
      { name: 'Ana Rivera', studentId: fixture.students.ana, incomes: [] },
      {
        name: 'Lucia Rivera',
        incomes: [{ source: 'earnings', amountCents: 100_000, frequency: 'every_two_weeks' }],
      },
    ],
    signer: { name: 'Lucia Rivera', ssnLastFour: digits },
  }, now);
  await submitMealApplication(db, signedIn, {
    members: [{ name: 'Ben Rivera', studentId: fixture.students.ben, incomes: [] }],
    assistance: { program: 'fdpir', caseNumber: 'F-77' },
    signer: { name: 'Lucia Rivera', ssnLastFour: null },
  }, now);
  await db.destroy();
});
after(() => rmSync(folder, { recursive: true, force: true }));

function admin(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'server/cli/admin.ts', ...args, '--db', file],
    { encoding: 'utf8' },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('the list shows each application, whether digits were given, never the digits', () => {
  const listed = admin('meal-applications');
  assert.equal(listed.status, 0, listed.stderr);
  const lines = listed.stdout.trim().split('\n');
  assert.equal(lines.length, 4);
  assert.match(lines[2] ?? '', /^1 .*submitted .*Lucia Rivera .*26000\.00 .*given$/);
  assert.match(lines[3] ?? '', /^2 .*FDPIR F-77 .*none$/);
  assert.ok(!listed.stdout.includes(digits));
  assert.equal(admin('meal-applications', '--status', 'maybe').status, 2);
});

test('the export is CSV with a row per income, with the digits for verification', () => {
  const out = join(folder, 'export.csv');
  const exported = admin('meal-application-export', '--out', out);
  assert.equal(exported.status, 0, exported.stderr);
  assert.ok(!exported.stderr.includes(digits));
  const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
  assert.deepEqual(
    rows.map((r) => [r.application_id, r.member_name, r.income_amount, r.income_frequency]),
    [
      ['1', 'Ana Rivera', '', ''],
      ['1', 'Lucia Rivera', '1000.00', 'every_two_weeks'],
      ['2', 'Ben Rivera', '', ''],
    ],
  );
  assert.equal(rows[0]?.ssn_last_four, digits);
  assert.equal(rows[2]?.ssn_last_four, 'none');
  assert.equal(rows[2]?.case_number, 'F-77');
});

test('a decision changes the status once and notifies the guardian', async () => {
  const approved = admin('meal-application', '1', 'approve', '--by', 'Ms Office');
  assert.equal(approved.status, 0, approved.stderr);
  const again = admin('meal-application', '1', 'deny');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already approved/);
  assert.equal(admin('meal-application', '99', 'deny').status, 1);
  assert.equal(admin('meal-application', '1', 'maybe').status, 2);
  const { db } = await openPortalDatabase(file);
  try {
    const rows = await db.selectFrom('notification').select(['kind', 'params']).execute();
    assert.equal(rows.length, 1);
    assert.equal(rows[0]?.kind, 'meal_application_processed');
    const status = await db.selectFrom('mealApplication').select(['status', 'decidedBy'])
      .where('id', '=', 1).executeTakeFirstOrThrow();
    assert.deepEqual(status, { status: 'approved', decidedBy: 'Ms Office' });
  } finally {
    await db.destroy();
  }
});

test('the server logs no SSN digits, on success, on refusal and at debug level', async () => {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const { db } = await openPortalDatabase(join(folder, 'logs.db'));
  const fixture = await buildFixture(db);
  const app = await buildApp({ db, secureCookies: false, logger: { level: 'trace', stream } });
  try {
    const activationKey = await activationKeyFor(db, fixture.guardians.a.sourceId);
    await app.inject({
      method: 'POST', url: '/api/v1/account/activate',
      payload: { activationKey, username: 'lucia', password: goodPassword, email: 'l@example.org' },
    });
    const cookie = sessionCookieOf(await app.inject({
      method: 'POST', url: '/api/v1/session',
      payload: { username: 'lucia', password: goodPassword },
    }));
    const body = {
      members: [{ name: 'Ana', studentId: fixture.students.ana, incomes: [] }],
      assistance: { program: 'snap', caseNumber: 'S-1' },
      signer: { name: 'Lucia', ssnLastFour: '5566' },
    };
    const filed = await writeAs(app, cookie, 'POST', '/api/v1/meal-applications', body, 'k-1');
    assert.equal(filed.statusCode, 201);
    const replay = await writeAs(app, cookie, 'POST', '/api/v1/meal-applications', body, 'k-1');
    assert.equal(replay.statusCode, 201);
    const refused = await writeAs(app, cookie, 'POST', '/api/v1/meal-applications', {
      ...body, signer: { name: 'Lucia', ssnLastFour: '55667' },
    });
    assert.equal(refused.statusCode, 400);
    const crashed = await writeAs(app, cookie, 'POST', '/api/v1/meal-applications', {
      ...body, members: [{ name: 'Nobody', studentId: 999_999, incomes: [] }],
    });
    assert.equal(crashed.statusCode, 404);
  } finally {
    await app.close();
    await db.destroy();
  }
  const all = lines.join('');
  assert.ok(lines.length >= 4, 'the requests were logged');
  for (const secret of ['5566', '55667']) {
    assert.ok(!all.includes(secret), `the log holds "${secret}"`);
  }
  const stored = readFileSync(join(folder, 'logs.db'));
  assert.ok(stored.length > 0);
});
