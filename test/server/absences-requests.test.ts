import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { processAbsenceRequest } from '../../server/absences/process.ts';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  sessionCookieOf,
  signedInAs,
  signIn,
  type TestWorld,
} from './helpers/app.ts';
import { addSchoolDays, writeAs } from './helpers/writes.ts';

/**
 * The rules of an absence request. The test clock stands at Wednesday
 * 2025-09-03, 10:00 in Chicago; school days are the weekdays of September
 * (Labor Day, 09-01, off). The high school's day runs 08:00–15:30, the
 * elementary school's 08:15–14:45.
 */
let world: TestWorld;
let cookie: string;
let sick: number;

beforeEach(async () => {
  world = await buildTestWorld();
  await addSchoolDays(world.db, world.fixture, '2025-09-01', '2025-09-30', ['2025-09-01']);
  cookie = await signedInAs(world, 'a');
  const excuses = await getAs(world.app, cookie, '/api/v1/excuses');
  sick = excuses.json().excuses[0].id;
});
afterEach(() => closeTestWorld(world));

function submit(body: Record<string, unknown>) {
  return writeAs(world.app, cookie, 'POST', '/api/v1/absence-requests', {
    studentIds: [world.fixture.students.ana],
    excuseId: sick,
    ...body,
  });
}

function assertRefused(response: { statusCode: number; json: () => { code: string } }, status: number, code: string) {
  assert.equal(response.statusCode, status, JSON.stringify(response.json()));
  assert.equal(response.json().code, code);
}

test('the excuse list has the defaults, in order', async () => {
  const response = await getAs(world.app, cookie, '/api/v1/excuses');
  assert.equal(response.statusCode, 200);
  assert.deepEqual(response.json().excuses.map((e: { name: string }) => e.name), ['Sick', 'Doctor', 'Vacation']);
});

test('a full-day request counts the school days of its range, for several students', async () => {
  const { ana, ben } = world.fixture.students;
  const response = await submit({
    studentIds: [ana, ben], kind: 'full_day', firstDate: '2025-09-03', lastDate: '2025-09-09',
    comment: '  Flu  ',
  });
  assert.equal(response.statusCode, 201, response.body);
  const request = response.json();
  assert.equal(request.status, 'submitted');
  assert.equal(request.comment, 'Flu');
  assert.equal(request.excuse.name, 'Sick');
  // 3, 4, 5, 8, 9 September: the weekend does not count.
  assert.deepEqual(request.students, [
    { studentId: ana, schoolDays: 5 },
    { studentId: ben, schoolDays: 5 },
  ]);
  assert.deepEqual(request.history.map((h: { status: string; by: string }) => [h.status, h.by]), [
    ['submitted', 'guardian'],
  ]);

  const list = await getAs(world.app, cookie, '/api/v1/absence-requests');
  assert.deepEqual(list.json().absenceRequests.map((r: { id: number }) => r.id), [request.id]);
  const one = await getAs(world.app, cookie, `/api/v1/absence-requests/${request.id}`);
  assert.deepEqual(one.json(), request);
});

test('first and last day must be school days; the range may hold days off', async () => {
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-09-06' }), 400, 'not_a_school_day');
  assertRefused(
    await submit({ kind: 'full_day', firstDate: '2025-09-05', lastDate: '2025-09-07' }),
    400,
    'not_a_school_day',
  );
  // Outside the school's calendar altogether.
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-10-01' }), 400, 'not_a_school_day');
  const weekend = await submit({ kind: 'full_day', firstDate: '2025-09-05', lastDate: '2025-09-08' });
  assert.equal(weekend.statusCode, 201, weekend.body);
  assert.equal(weekend.json().students[0].schoolDays, 2);
});

test('dates must be today or later in the district, and in order', async () => {
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-09-02' }), 400, 'date_in_past');
  assertRefused(
    await submit({ kind: 'full_day', firstDate: '2025-09-09', lastDate: '2025-09-08' }),
    400,
    'date_range_invalid',
  );
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-02-30' }), 400, 'invalid_request');
  // 04:30 UTC on the 4th is still the 3rd in Chicago: the 3rd is today.
  world.clock.current = new Date('2025-09-04T04:30:00Z');
  cookie = sessionCookieOf(await signIn(world.app, 'lucia'));
  assert.equal((await submit({ kind: 'full_day', firstDate: '2025-09-03' })).statusCode, 201);
  world.clock.current = new Date('2025-09-04T05:30:00Z');
  cookie = sessionCookieOf(await signIn(world.app, 'lucia'));
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-09-03' }), 400, 'date_in_past');
});

test('arrival and departure times lie within each school day', async () => {
  const { ben } = world.fixture.students;
  const late = (time: string, studentIds?: number[]) =>
    submit({ kind: 'arrive_late', firstDate: '2025-09-04', time, ...(studentIds ? { studentIds } : {}) });
  assertRefused(await late('07:59'), 400, 'time_outside_school_day');
  assertRefused(await late('15:31'), 400, 'time_outside_school_day');
  assert.equal((await late('08:00')).statusCode, 201);
  assert.equal((await late('15:30')).statusCode, 201);
  // The elementary school's day ends at 14:45.
  assertRefused(await late('15:00', [ben]), 400, 'time_outside_school_day');
  const leave = await submit({ kind: 'leave_early', firstDate: '2025-09-04', time: '13:15' });
  assert.equal(leave.statusCode, 201);
  assert.equal(leave.json().time, '13:15');
  assert.equal(leave.json().lastDate, '2025-09-04');

  assertRefused(await submit({ kind: 'arrive_late', firstDate: '2025-09-04' }), 400, 'time_required');
  assertRefused(await submit({ kind: 'full_day', firstDate: '2025-09-04', time: '09:00' }), 400, 'invalid_request');
  assertRefused(
    await submit({ kind: 'leave_early', firstDate: '2025-09-04', lastDate: '2025-09-05', time: '09:00' }),
    400,
    'date_range_invalid',
  );
  assertRefused(await late('25:00'), 400, 'invalid_request');
  assertRefused(await late('0900'), 400, 'invalid_request');
});

test('a time today may be up to five minutes in the past', async () => {
  world.clock.current = new Date('2025-09-03T15:00:40Z'); // 10:00:40 in Chicago
  const today = (time: string) => submit({ kind: 'arrive_late', firstDate: '2025-09-03', time });
  assert.equal((await today('09:55')).statusCode, 201);
  assert.equal((await today('10:30')).statusCode, 201);
  assertRefused(await today('09:54'), 400, 'time_in_past');
  const leave = await submit({ kind: 'leave_early', firstDate: '2025-09-03', time: '09:50' });
  assertRefused(leave, 400, 'time_in_past');
});

test('a comment has at most 100 characters as a person counts them', async () => {
  const full = (comment: string) => submit({ kind: 'full_day', firstDate: '2025-09-04', comment });
  assert.equal((await full('a'.repeat(100))).statusCode, 201);
  assertRefused(await full('a'.repeat(101)), 400, 'comment_too_long');
  // A thumbs-up with a skin tone is four UTF-16 units but one character.
  const thumbs = await full('👍🏽'.repeat(100));
  assert.equal(thumbs.statusCode, 201, thumbs.body);
  assert.equal((await full('e\u0301'.repeat(100))).statusCode, 201);
  assert.equal((await full('👨‍👩‍👧'.repeat(100))).statusCode, 201);
  assertRefused(await full('👍🏽'.repeat(101)), 400, 'comment_too_long');
  assert.equal((await full('   ')).json().comment, null);
});

test('students of another guardian are answered 404, and nothing is filed', async () => {
  const { ana, cleo } = world.fixture.students;
  const other = await submit({ studentIds: [ana, cleo], kind: 'full_day', firstDate: '2025-09-04' });
  assertRefused(other, 404, 'not_found');
  assertRefused(await submit({ studentIds: [999999], kind: 'full_day', firstDate: '2025-09-04' }), 404, 'not_found');
  const rows = await world.db.selectFrom('absenceRequest').select('id').execute();
  assert.equal(rows.length, 0);
  assertRefused(await submit({ excuseId: 999, kind: 'full_day', firstDate: '2025-09-04' }), 400, 'excuse_not_available');
});

test('a guardian cancels only their own request, only while submitted', async () => {
  const made = (await submit({ kind: 'full_day', firstDate: '2025-09-04' })).json();
  const url = `/api/v1/absence-requests/${made.id}/cancel`;

  const cookieB = await signedInAs(world, 'b');
  assertRefused(await writeAs(world.app, cookieB, 'POST', url), 404, 'not_found');
  assertRefused(await getAs(world.app, cookieB, `/api/v1/absence-requests/${made.id}`), 404, 'not_found');

  world.clock.advance(60_000);
  const cancelled = await writeAs(world.app, cookie, 'POST', url);
  assert.equal(cancelled.statusCode, 200, cancelled.body);
  assert.equal(cancelled.json().status, 'cancelled');
  assert.deepEqual(cancelled.json().history.map((h: { status: string }) => h.status), ['submitted', 'cancelled']);
  assertRefused(await writeAs(world.app, cookie, 'POST', url), 409, 'request_not_cancellable');

  const filtered = await getAs(world.app, cookie, '/api/v1/absence-requests?status=submitted');
  assert.deepEqual(filtered.json().absenceRequests, []);
});

test('staff approve or deny through the admin module; the guardian is notified', async () => {
  const first = (await submit({ kind: 'full_day', firstDate: '2025-09-04' })).json();
  const second = (await submit({ kind: 'arrive_late', firstDate: '2025-09-05', time: '09:00' })).json();
  const options = { now: world.clock.now(), push: false as const, by: 'Ms. Office' };

  await processAbsenceRequest(world.db, first.id, 'approve', { ...options, note: null });
  await processAbsenceRequest(world.db, second.id, 'deny', { ...options, note: 'Please call the office' });
  await assert.rejects(
    processAbsenceRequest(world.db, first.id, 'deny', { ...options, note: null }),
    /already approved/,
  );

  const approved = (await getAs(world.app, cookie, `/api/v1/absence-requests/${first.id}`)).json();
  assert.equal(approved.status, 'approved');
  assert.deepEqual(approved.history.at(-1).by, 'staff');
  const denied = (await getAs(world.app, cookie, `/api/v1/absence-requests/${second.id}`)).json();
  assert.equal(denied.status, 'denied');
  assert.equal(denied.staffNote, 'Please call the office');
  const change = await world.db
    .selectFrom('absenceRequestChange')
    .select(['actor', 'changedAt'])
    .where('absenceRequestId', '=', second.id)
    .where('status', '=', 'denied')
    .executeTakeFirstOrThrow();
  assert.equal(change.actor, 'Ms. Office');

  assertRefused(
    await writeAs(world.app, cookie, 'POST', `/api/v1/absence-requests/${first.id}/cancel`),
    409,
    'request_not_cancellable',
  );

  const bell = (await getAs(world.app, cookie, '/api/v1/notifications')).json().notifications;
  assert.equal(bell.length, 2);
  assert.equal(bell[0].kind, 'absence_request_processed');
  assert.equal(bell[0].params.status, 'denied');
  assert.equal(bell[0].link, `/absence-requests/${second.id}`);
  assert.equal(bell[1].params.status, 'approved');
  assert.match(bell[1].title, /approved/);
});
