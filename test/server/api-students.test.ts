import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import {
  buildTestWorld,
  closeTestWorld,
  getAs,
  signedInAs,
  type TestWorld,
} from './helpers/app.ts';

let world: TestWorld;
let cookie: string;
beforeEach(async () => {
  world = await buildTestWorld();
  cookie = await signedInAs(world, 'a');
});
afterEach(() => closeTestWorld(world));

async function get(url: string) {
  const response = await getAs(world.app, cookie, url);
  assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
  return response.json();
}

test('students come with enrollments and schools', async () => {
  const { students } = await get('/api/v1/students');
  assert.deepEqual(students.map((s: { firstName: string }) => s.firstName), ['Ana', 'Ben']);
  const ana = students[0];
  assert.equal(ana.enrollments[0].school.name, 'Grand Bend High School');
  assert.equal(ana.enrollments[0].school.usesGradebook, true);
  assert.equal(students[1].enrollments[0].school.usesGradebook, false);
});

test('school years of the guardian\'s students, with the current one', async () => {
  const body = await get('/api/v1/school-years');
  assert.deepEqual(body.schoolYears.map((y: { name: string }) => y.name), ['2025-2026']);
  assert.equal(body.currentId, world.fixture.schoolYear);
});

test('the schedule defaults to the current term', async () => {
  const { students, terms, sections } = world.fixture;
  const body = await get(`/api/v1/students/${students.ana}/schedule`);
  assert.equal(body.term.id, terms.fall);
  assert.deepEqual(body.sections.map((s: { id: number }) => s.id), [sections.math]);
  const math = body.sections[0];
  assert.equal(math.course.title, 'Algebra I');
  assert.equal(math.room, '101');
  assert.equal(math.periods[0].startTime, '08:00');
  assert.equal(math.teachers[0].lastName, 'Okafor');

  const spring = await get(`/api/v1/students/${students.ana}/schedule?term=${terms.spring}`);
  assert.deepEqual(spring.sections.map((s: { id: number }) => s.id), [sections.englishSpring]);
});

test('instructional days of the school year', async () => {
  const body = await get(`/api/v1/students/${world.fixture.students.ana}/instructional-days`);
  assert.equal(body.count, 3);
  assert.deepEqual(
    body.days.map((d: { date: string }) => d.date),
    ['2025-09-02', '2025-09-03', '2025-09-04'],
  );
  const ben = await get(`/api/v1/students/${world.fixture.students.ben}/instructional-days`);
  assert.equal(ben.count, 0, 'the elementary school has no calendar here');
});

test('assignments with the student\'s own scores, filtered', async () => {
  const { students, sections } = world.fixture;
  const all = await get(`/api/v1/students/${students.ana}/assignments`);
  assert.deepEqual(
    all.assignments.map((a: { title: string }) => a.title),
    ['Homework 1', 'Quiz 1', 'Essay'],
  );
  assert.equal(all.assignments[0].score.points, 9);
  assert.equal(all.assignments[0].score.late, true);
  assert.equal(all.assignments[1].score, null);

  const september = await get(
    `/api/v1/students/${students.ana}/assignments?section=${sections.math}&from=2025-09-01&to=2025-09-30`,
  );
  assert.deepEqual(september.assignments.map((a: { title: string }) => a.title), ['Homework 1']);
});

test('grades; a school without the gradebook shows posted grades only', async () => {
  const { students, districtId, sections } = world.fixture;
  const ana = await get(`/api/v1/students/${students.ana}/grades`);
  assert.equal(ana.grades.length, 1);
  assert.equal(ana.grades[0].percent, 91);
  assert.equal(ana.grades[0].courseTitle, 'Algebra I');

  await world.db.insertInto('grade').values({
    districtId, studentId: students.ben, sectionId: sections.homeroom,
    task: 'Progress', status: 'in_progress', percent: 50,
  }).execute();
  const ben = await get(`/api/v1/students/${students.ben}/grades`);
  assert.equal(ben.grades.length, 0);
});

test('attendance events and per-term totals', async () => {
  const body = await get(`/api/v1/students/${world.fixture.students.ana}/attendance`);
  assert.equal(body.events.length, 2);
  const fall = body.terms.find((t: { term: { id: number } }) => t.term.id === world.fixture.terms.fall);
  assert.deepEqual(fall.absences, { excused: 1, unexcused: 0, unknown: 0, total: 1 });
  assert.deepEqual(fall.tardies, { excused: 0, unexcused: 1, unknown: 0, total: 1 });
});
