import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';
import { sessionCookieOf, signIn } from './helpers/app.ts';

/** A Thursday in December, 09:00 in Chicago. */
const now = new Date('2026-12-03T15:00:00Z');

test('every page of every demo child answers, for both demo guardians', async () => {
  const { db } = await openPortalDatabase(':memory:');
  const app = await buildApp({ db, secureCookies: false, now: () => now });
  try {
    const signIns = (await ensureDemoDistrict(db, { now })) ?? [];
    assert.equal(signIns.length, 2);
    for (const { username, password } of signIns) {
      const cookie = sessionCookieOf(await signIn(app, username, password));
      const get = async (url: string) => {
        const response = await app.inject({ method: 'GET', url, headers: { cookie } });
        assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
        return response.json();
      };
      const { students } = await get('/api/v1/students');
      const years = await get('/api/v1/school-years');
      assert.ok(years.currentId, 'a school year is in session');
      for (const { id } of students as { id: number }[]) {
        const schedule = await get(`/api/v1/students/${id}/schedule`);
        assert.ok(JSON.stringify(schedule).length > 200, 'a schedule');
        const days = await get(`/api/v1/students/${id}/instructional-days`);
        assert.ok(days.count > 150, 'a year of school days');
        await get(`/api/v1/students/${id}/assignments`);
        const grades = await get(`/api/v1/students/${id}/grades`);
        assert.ok(grades.grades.length > 0, 'grades this year');
        const attendance = await get(`/api/v1/students/${id}/attendance`);
        assert.ok(attendance.events.length > 0, 'attendance this year');
      }
    }
  } finally {
    await app.close();
    await db.destroy();
  }
});
