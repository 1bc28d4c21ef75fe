import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildApp } from '../../server/app.ts';
import { openPortalDatabase } from '../../server/db/database.ts';
import { importOneRoster } from '../../server/import/oneroster/import.ts';
import { activationKeyFor, getAs, goodPassword, sessionCookieOf, signIn } from './helpers/app.ts';
import { oneRosterBundle } from './helpers/oneroster-bundle.ts';

const dirs: string[] = [];
after(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

// What the import is for: the parent signs in and sees the child's classes and work.
test('a parent imported from OneRoster sees their child through the API', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'portal-oneroster-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(oneRosterBundle)) writeFileSync(join(dir, name), text);
  const { db, sqlite } = await openPortalDatabase(join(dir, 'portal.db'));
  await importOneRoster({ sqlite }, dir);
  const now = () => new Date('2030-09-10T15:00:00Z');
  const app = await buildApp({ db, secureCookies: false, now });

  const activated = await app.inject({
    method: 'POST',
    url: '/api/v1/account/activate',
    payload: {
      activationKey: await activationKeyFor(db, 'P1'),
      username: 'wren',
      password: goodPassword,
      email: 'wren@example.org',
    },
  });
  assert.equal(activated.statusCode, 201, activated.body);
  const cookie = sessionCookieOf(await signIn(app, 'wren'));

  const students = await getAs(app, cookie, '/api/v1/students');
  assert.equal(students.statusCode, 200, students.body);
  const list = students.json().students as { id: number; firstName: string }[];
  assert.deepEqual(list.map((s) => s.firstName), ['Ada']);
  const ada = list[0]!.id;

  const schedule = await getAs(app, cookie, `/api/v1/students/${ada}/schedule`);
  assert.equal(schedule.statusCode, 200, schedule.body);
  assert.match(schedule.body, /Earth Science 1/);
  assert.match(schedule.body, /Room 12/);

  const assignments = await getAs(app, cookie, `/api/v1/students/${ada}/assignments`);
  assert.equal(assignments.statusCode, 200, assignments.body);
  const titles = (assignments.json().assignments as { title: string }[]).map((a) => a.title);
  assert.deepEqual(titles.sort(), ['Lab report', 'Rocks worksheet']);

  const days = await getAs(app, cookie, `/api/v1/students/${ada}/instructional-days`);
  assert.equal(days.statusCode, 200, days.body);
  assert.equal(days.json().count, 85);

  await app.close();
  await db.destroy();
});
