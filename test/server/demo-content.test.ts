import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { sql } from 'kysely';
import { openPortalDatabase, type PortalDb } from '../../server/db/database.ts';
import { ensureDemoDistrict } from '../../server/demo/district.ts';

/**
 * What the demo gives the app to show, for a guardian signing in on a
 * Thursday in December (09:00 in Chicago).
 */
const today = '2026-12-03';
const tomorrow = '2026-12-04';
const thursday = '4';

let db: PortalDb;
beforeEach(async () => {
  ({ db } = await openPortalDatabase(':memory:'));
  await ensureDemoDistrict(db, { now: new Date('2026-12-03T15:00:00Z') });
});
afterEach(() => db.destroy());

async function studentsOf(username: string): Promise<number[]> {
  const rows = await db
    .selectFrom('account')
    .innerJoin('guardianStudent', 'guardianStudent.guardianId', 'account.guardianId')
    .select('guardianStudent.studentId')
    .where('account.username', '=', username)
    .orderBy('guardianStudent.studentId')
    .execute();
  return rows.map((row) => row.studentId);
}

/** Period numbers of the sections a student has today, where school is in. */
async function periodsToday(studentId: number): Promise<number[]> {
  const { rows } = await sql<{ sequence: number }>`
    SELECT p.sequence AS sequence
    FROM section_placement pl
    JOIN section s ON s.id = pl.section_id
    JOIN term t ON t.id = s.term_id
    JOIN section_period sp ON sp.section_id = s.id
    JOIN period p ON p.id = sp.period_id
    JOIN calendar c ON c.school_id = s.school_id AND c.school_year_id = t.school_year_id
    JOIN calendar_day d ON d.calendar_id = c.id AND d.date = ${today}
    WHERE pl.student_id = ${studentId}
      AND d.kind = 'instructional'
      AND pl.start_date <= ${today} AND pl.end_date >= ${today}
      AND t.start_date <= ${today} AND t.end_date >= ${today}
      AND instr(sp.days, ${thursday}) > 0
    ORDER BY p.sequence`.execute(db);
  return rows.map((row) => row.sequence);
}

test('each demo student has a full day of classes today', async () => {
  const students = await studentsOf('demo.parent');
  assert.equal(students.length, 3);
  const days = await Promise.all(students.map(periodsToday));
  // The high schooler has all six periods, one section each.
  assert.ok(days.some((periods) => periods.join() === '1,2,3,4,5,6'), JSON.stringify(days));
  for (const periods of days) {
    assert.ok(periods.length >= 2, 'every child has classes today');
    assert.equal(new Set(periods).size, periods.length, 'no two classes at once');
  }
});

test('work is due today and tomorrow, and some is marked, not scored', async () => {
  const students = await studentsOf('demo.parent');
  const due = await db
    .selectFrom('assignment')
    .innerJoin('sectionPlacement', 'sectionPlacement.sectionId', 'assignment.sectionId')
    .select(['assignment.dueDate', 'assignment.pointsPossible'])
    .where('sectionPlacement.studentId', 'in', students)
    .execute();
  const dueOn = (date: string) => due.filter((a) => a.dueDate === date).length;
  assert.ok(dueOn(today) >= 2, 'due today');
  assert.ok(dueOn(tomorrow) >= 2, 'due tomorrow');
  const marked = await db
    .selectFrom('score')
    .innerJoin('assignment', 'assignment.id', 'score.assignmentId')
    .select('score.mark')
    .where('assignment.pointsPossible', 'is', null)
    .where('score.mark', 'is not', null)
    .where('score.studentId', 'in', students)
    .execute();
  assert.ok(marked.length > 0, 'a mark instead of points');
});

test('every score flag appears for the demo family', async () => {
  const students = await studentsOf('demo.parent');
  const flags = ['missing', 'late', 'turnedIn', 'dropped', 'incomplete', 'exempt'] as const;
  for (const flag of flags) {
    const found = await db
      .selectFrom('score')
      .select('id')
      .where(flag, '=', 1)
      .where('studentId', 'in', students)
      .limit(1)
      .executeTakeFirst();
    assert.ok(found, `a score flagged ${flag}`);
  }
});

test('grades: in progress this quarter, posted with comments before', async () => {
  const students = await studentsOf('demo.parent');
  const grades = await db
    .selectFrom('grade')
    .innerJoin('section', 'section.id', 'grade.sectionId')
    .innerJoin('school', 'school.id', 'section.schoolId')
    .select(['grade.status', 'grade.comment', 'grade.postedAt', 'school.usesGradebook'])
    .where('grade.studentId', 'in', students)
    .execute();
  const inProgress = grades.filter((g) => g.status === 'in_progress');
  const posted = grades.filter((g) => g.status === 'posted');
  assert.ok(inProgress.length > 0 && posted.length > 0);
  assert.ok(posted.every((g) => g.comment && g.postedAt && g.postedAt <= '2026-12-03T15:00:00Z'));
  assert.ok(inProgress.every((g) => g.usesGradebook === 1), 'no gradebook, no in-progress');
  assert.ok(posted.some((g) => g.usesGradebook === 0), 'posted grades without a gradebook');
});

test('attendance has every kind of event, with codes and comments', async () => {
  const students = await studentsOf('demo.parent');
  const events = await db
    .selectFrom('attendanceEvent')
    .selectAll()
    .where('studentId', 'in', students)
    .execute();
  const has = (category: string, excuse: string) =>
    events.some((e) => e.category === category && e.excuse === excuse);
  assert.ok(has('absence', 'excused'));
  assert.ok(has('absence', 'unexcused'));
  assert.ok(has('tardy', 'unexcused'));
  assert.ok(has('early_departure', 'excused'));
  assert.ok(events.some((e) => e.sectionId !== null), 'events for one class');
  assert.ok(events.every((e) => e.code && e.date < today && e.termId !== null));
  assert.ok(events.some((e) => e.comment));
});

test('the second guardian shares a child, and one child moved school', async () => {
  const first = await studentsOf('demo.parent');
  const second = await studentsOf('demo.parent2');
  assert.equal(second.length, 2);
  assert.equal(second.filter((id) => first.includes(id)).length, 1);

  const enrollments = await db
    .selectFrom('enrollment')
    .innerJoin('schoolYear', 'schoolYear.id', 'enrollment.schoolYearId')
    .select([
      'enrollment.studentId',
      'enrollment.schoolId',
      'enrollment.startDate',
      'enrollment.endDate',
    ])
    .where('enrollment.studentId', 'in', first)
    .where('schoolYear.name', '=', '2026-2027')
    .orderBy('enrollment.startDate')
    .execute();
  const moved = first.filter(
    (id) => enrollments.filter((e) => e.studentId === id).length === 2,
  );
  assert.equal(moved.length, 1);
  const [before, after] = enrollments.filter((e) => e.studentId === moved[0]);
  assert.ok(before && after && before.schoolId !== after.schoolId);
  assert.ok(before.endDate !== null && before.endDate < after.startDate);
  assert.ok(after.startDate <= today && after.endDate === null, 'the new school is current');
});

test('last year is readable: posted grades and attendance', async () => {
  const students = await studentsOf('demo.parent');
  const lastYear = await db
    .selectFrom('schoolYear')
    .select(['id', 'startDate', 'endDate'])
    .where('name', '=', '2025-2026')
    .executeTakeFirstOrThrow();
  const grades = await db
    .selectFrom('grade')
    .innerJoin('section', 'section.id', 'grade.sectionId')
    .innerJoin('term', 'term.id', 'section.termId')
    .select(['grade.status'])
    .where('term.schoolYearId', '=', lastYear.id)
    .where('grade.studentId', 'in', students)
    .execute();
  assert.ok(grades.length > 20);
  assert.ok(grades.every((g) => g.status === 'posted'));
  const events = await db
    .selectFrom('attendanceEvent')
    .select('id')
    .where('date', '>=', lastYear.startDate)
    .where('date', '<=', lastYear.endDate)
    .where('studentId', 'in', students)
    .execute();
  assert.ok(events.length > 0);
});

test('the demo is more than one family: classmates share sections', async () => {
  const counts = await db
    .selectFrom('sectionPlacement')
    .select((eb) => ['sectionId', eb.fn.countAll<number>().as('students')])
    .groupBy('sectionId')
    .execute();
  const students = await db.selectFrom('student').select('id').execute();
  assert.ok(students.length >= 24 && students.length <= 60);
  assert.ok(counts.filter((c) => c.students >= 3).length > counts.length / 2);
});
