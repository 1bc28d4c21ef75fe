import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { activeExcuses } from '../../server/absences/excuses.ts';
import { submitAbsenceRequest } from '../../server/absences/submit.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { buildFixture, insert } from './helpers/fixture.ts';
import { addSchoolDays } from './helpers/writes.ts';

/**
 * The staff side through the real admin command, on a database file:
 * listing requests, approving and denying them (which notifies), an
 * announcement and a run of the jobs at a given instant.
 */
let folder: string;
let file: string;
let requestIds: number[] = [];

before(async () => {
  folder = mkdtempSync(join(tmpdir(), 'portal-admin-'));
  file = join(folder, 'portal.db');
  const { db } = await openPortalDatabase(file);
  const fixture = await buildFixture(db);
  await addSchoolDays(db, fixture, '2025-09-01', '2025-09-30', ['2025-09-01']);
  const accountId = await insert(db, 'account', {
    districtId: fixture.districtId, guardianId: fixture.guardians.a.id, username: 'lucia',
    passwordHash: 'not-a-hash', email: 'lucia@example.org',
    createdAt: '2025-09-01T00:00:00Z', passwordChangedAt: '2025-09-01T00:00:00Z',
  });
  const signedIn = {
    idHash: 'none', accountId, guardianId: fixture.guardians.a.id, districtId: fixture.districtId,
    stayLoggedIn: false, expiresAt: '2025-09-04T00:00:00Z',
  };
  const [excuse] = await activeExcuses(db, fixture.districtId);
  assert.ok(excuse);
  const now = new Date('2025-09-03T15:00:00Z');
  for (const firstDate of ['2025-09-04', '2025-09-05']) {
    requestIds.push(await submitAbsenceRequest(db, signedIn, {
      studentIds: [fixture.students.ana, fixture.students.ben], excuseId: excuse.id,
      kind: 'full_day', firstDate, comment: 'Dentist',
    }, now));
  }
  await db.destroy();
});
after(() => rmSync(folder, { recursive: true, force: true }));

function admin(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/cli/admin.ts', ...args, '--db', file], {
    encoding: 'utf8',
    env: { ...process.env, PORTAL_PUSH_SUBJECT: 'mailto:it@example.org' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openPortalDatabase>>['db']) => Promise<T>) {
  const { db } = await openPortalDatabase(file);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

test('absence-requests lists requests as a table, without birth dates', () => {
  const listed = admin('absence-requests', '--status', 'submitted');
  assert.equal(listed.status, 0, listed.stderr);
  const lines = listed.stdout.trim().split('\n');
  assert.match(lines[0] ?? '', /^ID\s+Submitted\s+Status\s+Type\s+Dates/);
  assert.equal(lines.length, 4);
  assert.match(lines[2] ?? '', /submitted\s+full day\s+2025-09-04/);
  assert.match(listed.stdout, /Ana Rivera \(Grand Bend High School\); Ben Rivera \(Mill Creek Elementary\)/);
  assert.match(listed.stdout, /Lucia Rivera/);
  assert.ok(!listed.stdout.includes('2011-04-02'));
  assert.equal(admin('absence-requests', '--status', 'maybe').status, 2);
});

test('absence-request approves or denies, records who, and notifies the guardian', async () => {
  const [first, second] = requestIds;
  const approved = admin('absence-request', String(first), 'approve', '--by', 'Front office');
  assert.equal(approved.status, 0, approved.stderr);
  assert.match(approved.stdout, /approved/);
  const denied = admin('absence-request', String(second), 'deny', '--note', 'Please bring a note');
  assert.equal(denied.status, 0, denied.stderr);
  const again = admin('absence-request', String(first), 'deny');
  assert.equal(again.status, 1);
  assert.match(again.stderr, /already approved/);
  assert.equal(admin('absence-request', 'x', 'approve').status, 2);
  assert.equal(admin('absence-request', '999', 'approve').status, 1);

  await withDb(async (db) => {
    const rows = await db.selectFrom('absenceRequest').select(['id', 'status', 'staffNote']).orderBy('id').execute();
    assert.deepEqual(rows.map((r) => [r.status, r.staffNote]), [['approved', null], ['denied', 'Please bring a note']]);
    const who = await db.selectFrom('absenceRequestChange').select('actor')
      .where('absenceRequestId', '=', first ?? 0).where('status', '=', 'approved').executeTakeFirstOrThrow();
    assert.equal(who.actor, 'Front office');
    const notes = await db.selectFrom('notification').select(['kind', 'link', 'body']).orderBy('id').execute();
    assert.deepEqual(notes.map((n) => n.link), [`/absence-requests/${first}`, `/absence-requests/${second}`]);
    assert.match(notes[1]?.body ?? '', /Please bring a note/);
  });
  const all = admin('absence-requests');
  assert.match(all.stdout, /approved/);
  assert.match(all.stdout, /denied/);
});

test('announce and run-jobs', async () => {
  const announced = admin('announce', 'Early release on Friday');
  assert.equal(announced.status, 0, announced.stderr);
  assert.match(announced.stdout, /Announced to 1 guardian\./);
  assert.equal(admin('announce').status, 2);

  const jobs = admin('run-jobs', '--at', '2099-01-01T00:00:00Z');
  assert.equal(jobs.status, 0, jobs.stderr);
  const lines = jobs.stdout.trim().split('\n').map((line) => JSON.parse(line));
  assert.deepEqual(lines.map((l) => l.job), [
    'notify-changes', 'recurring-payments', 'purge-notifications', 'purge-idempotency-keys',
  ]);
  assert.ok(lines.find((l) => l.job === 'purge-notifications').deleted >= 3);
  assert.equal(admin('run-jobs', '--at', 'someday').status, 2);
  await withDb(async (db) => {
    assert.equal((await db.selectFrom('notification').select('id').execute()).length, 0);
  });
});
