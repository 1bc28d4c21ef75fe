import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { runJobs } from '../../server/jobs/run.ts';
import { notifyChanges } from '../../server/notifications/changes.ts';
import { notify } from '../../server/notifications/create.ts';
import { notificationExpiry } from '../../server/notifications/expiry.ts';
import { purgeNotifications } from '../../server/notifications/guardian.ts';
import { announce } from '../../server/cli/admin/announce.ts';
import { buildTestWorld, closeTestWorld, getAs, signedInAs, type TestWorld } from './helpers/app.ts';
import { insert } from './helpers/fixture.ts';
import { writeAs } from './helpers/writes.ts';

const chicago = 'America/Chicago';
const expiry = (createdAt: string) => notificationExpiry(createdAt, chicago).toISOString();

test('a notification goes at 2:00 AM district time on its 30th day', () => {
  // 9:00 CST on 10 February: the 30th day is 11 March, after the change to CDT.
  assert.equal(expiry('2026-02-10T15:00:00Z'), '2026-03-11T07:00:00.000Z');
  // 23:30 on 9 February in Chicago (already the 10th in UTC): day 1 is the 9th.
  assert.equal(expiry('2026-02-10T05:30:00Z'), '2026-03-10T07:00:00.000Z');
  // Made just after midnight: that day is the 1st.
  assert.equal(expiry('2026-02-10T06:00:00Z'), '2026-03-11T07:00:00.000Z');
  // The 30th day is 8 March 2026, when 2:00 does not exist: 3:00 CDT.
  assert.equal(expiry('2026-02-07T18:00:00Z'), '2026-03-08T08:00:00.000Z');
  // The 30th day is 1 November 2026, when 1:00-2:00 happens twice: 2:00 CST, once.
  assert.equal(expiry('2026-10-03T17:00:00Z'), '2026-11-01T08:00:00.000Z');
  // Made in CDT, gone in CST.
  assert.equal(expiry('2026-10-20T12:00:00Z'), '2026-11-18T08:00:00.000Z');
  // Another zone follows its own clock.
  assert.equal(notificationExpiry('2026-01-01T12:00:00Z', 'Europe/Warsaw').toISOString(), '2026-01-30T01:00:00.000Z');
});

let world: TestWorld;
let cookie: string;
before(async () => {
  world = await buildTestWorld();
  cookie = await signedInAs(world, 'a');
});
after(() => closeTestWorld(world));

const guardianA = () => world.fixture.guardians.a.id;
const bell = async () => (await getAs(world.app, cookie, '/api/v1/notifications')).json().notifications;
const unread = async () => (await getAs(world.app, cookie, '/api/v1/notifications/unread-count')).json().count;

async function clearBell() {
  await world.db.deleteFrom('notification').execute();
}

test('the bell lists newest first, counts unread and marks read', async () => {
  await clearBell();
  const make = (text: string) =>
    notify(world.db, [{ guardianId: guardianA(), kind: 'announcement', params: { text }, link: null }], {
      now: world.clock.now(), push: false,
    });
  await make('first');
  await make('second');
  await notify(world.db, [{
    guardianId: world.fixture.guardians.b.id, kind: 'announcement', params: { text: 'not yours' }, link: null,
  }], { now: world.clock.now(), push: false });

  const listed = await bell();
  assert.deepEqual(listed.map((n: { params: { text: string } }) => n.params.text), ['second', 'first']);
  assert.equal(listed[0].read, false);
  assert.equal(listed[0].body, 'second');
  assert.equal(listed[0].expiresAt, '2025-10-02T07:00:00.000Z');
  assert.equal(await unread(), 2);

  const read = await writeAs(world.app, cookie, 'POST', `/api/v1/notifications/${listed[1].id}/read`);
  assert.deepEqual(read.json(), { id: listed[1].id, read: true });
  assert.equal(await unread(), 1);
  const others = await world.db.selectFrom('notification').select('id')
    .where('guardianId', '=', world.fixture.guardians.b.id).executeTakeFirstOrThrow();
  const notMine = await writeAs(world.app, cookie, 'POST', `/api/v1/notifications/${others.id}/read`);
  assert.equal(notMine.statusCode, 404);

  const all = await writeAs(world.app, cookie, 'POST', '/api/v1/notifications/read-all');
  assert.deepEqual(all.json(), { marked: 1 });
  assert.equal(await unread(), 0);

  const page = await getAs(world.app, cookie, `/api/v1/notifications?before=${listed[0].id}&limit=1`);
  assert.deepEqual(page.json().notifications.map((n: { id: number }) => n.id), [listed[1].id]);
});

test('the purge job deletes at the expiry instant; the list hides expired ones', async () => {
  await clearBell();
  // 10:00 on 3 September in Chicago: shown to 2:00 on 2 October.
  await notify(world.db, [{ guardianId: guardianA(), kind: 'announcement', params: { text: 'x' }, link: null }], {
    now: world.clock.now(), push: false,
  });
  assert.equal(await purgeNotifications(world.db, new Date('2025-10-02T06:59:59.999Z')), 0);
  assert.equal(await purgeNotifications(world.db, new Date('2025-10-02T07:00:00.000Z')), 1);

  await notify(world.db, [{ guardianId: guardianA(), kind: 'announcement', params: { text: 'y' }, link: null }], {
    now: world.clock.now(), push: false,
  });
  const saved = world.clock.current;
  world.clock.current = new Date('2025-10-02T07:00:00.000Z');
  try {
    // The session has expired by then: read through the database instead.
    const shown = await world.db.selectFrom('notification').select('expiresAt').execute();
    assert.equal(shown.length, 1);
    assert.equal(await runJobs(world.db, world.clock.now(), { push: false }), true);
    assert.equal((await world.db.selectFrom('notification').select('id').execute()).length, 0);
  } finally {
    world.clock.current = saved;
  }
});

test('imported scores, posted grades and attendance raise notifications with links', async () => {
  await clearBell();
  const clock = await world.db.selectFrom('syncClock').select('version').executeTakeFirstOrThrow();
  const { ana, cleo } = world.fixture.students;
  const d = { districtId: world.fixture.districtId };
  await insert(world.db, 'score', {
    ...d, assignmentId: world.fixture.assignments.quiz, studentId: ana, points: 8, turnedIn: 1,
  });
  await insert(world.db, 'grade', {
    ...d, studentId: ana, sectionId: world.fixture.sections.math, gradingPeriodId: world.fixture.gradingPeriods.fallGrading,
    task: 'Quarter grade', status: 'posted', mark: 'A', percent: 93, postedAt: '2025-09-03T14:00:00Z',
  });
  await insert(world.db, 'attendanceEvent', {
    ...d, studentId: ana, schoolId: world.fixture.schools.high, sourceId: 'AT-9', date: '2025-09-03',
    category: 'tardy', excuse: 'unexcused', code: 'T',
  });
  // Old news raises nothing; nor do students of guardians without an account.
  await insert(world.db, 'attendanceEvent', {
    ...d, studentId: ana, schoolId: world.fixture.schools.high, sourceId: 'AT-10', date: '2025-08-01',
    category: 'absence', excuse: 'excused',
  });
  await insert(world.db, 'attendanceEvent', {
    ...d, studentId: cleo, schoolId: world.fixture.schools.high, sourceId: 'AT-11', date: '2025-09-03',
    category: 'absence', excuse: 'excused',
  });

  const result = await notifyChanges(world.db, clock.version, { now: world.clock.now(), push: false });
  assert.equal(result.created, 3);
  const listed = await bell();
  const byKind = Object.fromEntries(listed.map((n: { kind: string }) => [n.kind, n]));
  assert.equal(byKind.score.link, `/students/${ana}/assignments/${world.fixture.assignments.quiz}`);
  assert.equal(byKind.score.params.score, '8/10');
  assert.equal(byKind.grade_posted.link, `/students/${ana}/grades`);
  assert.equal(byKind.grade_posted.params.grade, 'A');
  assert.equal(byKind.attendance.link, `/students/${ana}/attendance`);
  assert.equal(byKind.attendance.params.category, 'tardy');
  assert.equal(byKind.attendance.title, 'Attendance for Ana');

  const again = await notifyChanges(world.db, result.version, { now: world.clock.now(), push: false });
  assert.equal(again.created, 0);
});

test('a course grade under the percentage chosen in Settings raises a low-grade notification', async () => {
  await clearBell();
  const { ana } = world.fixture.students;
  const d = { districtId: world.fixture.districtId, studentId: ana, sectionId: world.fixture.sections.math };
  const changedSince = async () =>
    (await world.db.selectFrom('syncClock').select('version').executeTakeFirstOrThrow()).version;
  const run = async (since: number) =>
    notifyChanges(world.db, since, { now: world.clock.now(), push: false });
  const lowGrades = async () =>
    (await bell()).filter((n: { kind: string }) => n.kind === 'grade_below');

  // No percentage chosen: a running grade of 61% raises nothing of this kind.
  let since = await changedSince();
  await insert(world.db, 'grade', { ...d, task: 'Progress', status: 'in_progress', percent: 61 });
  await run(since);
  assert.equal((await lowGrades()).length, 0);

  const put = async (body: object) => writeAs(world.app, cookie, 'PUT', '/api/v1/settings', body);
  assert.equal((await put({ gradeBelowPercent: 70 })).statusCode, 200);
  since = await changedSince();
  await world.db.updateTable('grade').set({ percent: 64.25 }).where('task', '=', 'Progress').execute();
  await insert(world.db, 'grade', { ...d, task: 'Quarter grade', status: 'in_progress', percent: 70 });
  await run(since);
  const [low, ...more] = await lowGrades();
  assert.equal(more.length, 0, 'only the grade under 70%; 70% itself is not under');
  assert.equal(low.link, `/students/${ana}/grades`);
  assert.equal(low.params.percent, 64.3);
  assert.equal(low.params.belowPercent, 70);
  assert.equal(low.title, 'Low grade for Ana');
  assert.match(low.body, /64\.3%, below 70%/);

  // Turned off in Settings: the next low grade raises nothing.
  await clearBell();
  assert.equal((await put({ notifications: { grade_below: false } })).statusCode, 200);
  since = await changedSince();
  await world.db.updateTable('grade').set({ percent: 50 }).where('task', '=', 'Progress').execute();
  await run(since);
  assert.equal((await lowGrades()).length, 0);
  await put({ notifications: { grade_below: true }, gradeBelowPercent: null });
});

test('the job starts from where the clock stood at its first run', async () => {
  await clearBell();
  await world.db.deleteFrom('serverSetting').where('name', '=', 'notify_changes_version').execute();
  await runJobs(world.db, world.clock.now(), { push: false });
  assert.equal((await bell()).length, 0);
  await insert(world.db, 'attendanceEvent', {
    districtId: world.fixture.districtId, studentId: world.fixture.students.ben,
    schoolId: world.fixture.schools.elementary, sourceId: 'AT-20', date: '2025-09-03',
    category: 'absence', excuse: 'unknown',
  });
  const lines: Array<Record<string, unknown>> = [];
  await runJobs(world.db, world.clock.now(), { push: false, log: (line) => lines.push(line) });
  assert.equal((await bell()).length, 1);
  assert.deepEqual(lines.map((l) => l.job), [
    'notify-changes', 'recurring-payments', 'purge-notifications', 'purge-idempotency-keys',
  ]);
  assert.equal(lines[0]?.created, 1);
});

test('a district announcement reaches every guardian with an account', async () => {
  await clearBell();
  const result = await announce(world.db, 'No school on Friday', undefined, { now: world.clock.now(), push: false });
  assert.deepEqual(result, { ok: true, guardians: 1 });
  const [only] = await bell();
  assert.equal(only.kind, 'announcement');
  assert.equal(only.title, 'Grand Bend ISD');
  assert.equal(only.body, 'No school on Friday');
  assert.equal(only.link, null);
  const unknown = await announce(world.db, 'x', 'nope', { now: world.clock.now(), push: false });
  assert.equal(unknown.ok, false);
});
