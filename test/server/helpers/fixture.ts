import type { PortalDb } from '../../../server/db/database.ts';
import { openPortalDatabase } from '../../../server/db/database.ts';

/**
 * A small district written straight into a fresh database, for tests:
 * a high school and an elementary school, one school year with a fall and a
 * spring term, periods, a calendar, courses, teachers, sections, three
 * students and two guardians.
 *
 *   guardian A (source "G-1001") — Ana (high school) and Ben (elementary)
 *   guardian B (source "G-2002") — Cleo (high school, in Ana's math class)
 *
 * All people are made up. Call it twice with another `districtSourceId` for
 * a server holding two districts.
 */
export interface FixtureOptions {
  districtSourceId?: string;
  districtName?: string;
}

export async function openTestDatabase() {
  return openPortalDatabase(':memory:');
}

export async function buildFixture(db: PortalDb, options: FixtureOptions = {}) {
  const districtId = await insert(db, 'district', {
    sourceId: options.districtSourceId ?? '255901',
    name: options.districtName ?? 'Grand Bend ISD',
    state: 'Texas',
    timeZone: 'America/Chicago',
    createdAt: '2025-07-01T00:00:00.000Z',
  });
  const d = { districtId };

  const high = await insert(db, 'school', {
    ...d, sourceId: 'HS', name: 'Grand Bend High School', phone: '555-0100',
  });
  const elementary = await insert(db, 'school', {
    ...d, sourceId: 'ES', name: 'Mill Creek Elementary', usesGradebook: 0,
  });
  const schoolYear = await insert(db, 'schoolYear', {
    ...d, name: '2025-2026', startDate: '2025-08-18', endDate: '2026-06-05',
  });
  const term = (schoolId: number, sourceId: string, name: string, start: string, end: string) =>
    insert(db, 'term', {
      ...d, schoolId, schoolYearId: schoolYear, sourceId, name,
      kind: 'semester', startDate: start, endDate: end,
    });
  const fall = await term(high, 'F', 'Fall Semester', '2025-08-18', '2025-12-19');
  const spring = await term(high, 'S', 'Spring Semester', '2026-01-05', '2026-06-05');
  const elementaryYear = await term(elementary, 'Y', 'Year', '2025-08-18', '2026-06-05');
  const fallGrading = await insert(db, 'gradingPeriod', {
    ...d, schoolId: high, schoolYearId: schoolYear, termId: fall,
    sourceId: 'Q1', name: 'First Quarter', sequence: 1,
    startDate: '2025-08-18', endDate: '2025-10-17',
  });

  const calendar = await insert(db, 'calendar', {
    ...d, schoolId: high, schoolYearId: schoolYear, sourceId: 'HS-CAL', name: 'High school',
  });
  const days: Array<[string, 'instructional' | 'holiday']> = [
    ['2025-09-01', 'holiday'],
    ['2025-09-02', 'instructional'],
    ['2025-09-03', 'instructional'],
    ['2025-09-04', 'instructional'],
  ];
  const calendarDays: number[] = [];
  for (const [date, kind] of days) {
    calendarDays.push(await insert(db, 'calendarDay', {
      ...d, calendarId: calendar, date, kind, name: kind === 'holiday' ? 'Labor Day' : null,
    }));
  }

  const bellSchedule = await insert(db, 'bellSchedule', {
    ...d, schoolId: high, sourceId: 'NORMAL', name: 'Normal day',
    startTime: '08:00', endTime: '15:30',
  });
  const first = await insert(db, 'period', {
    ...d, schoolId: high, sourceId: 'P1', name: '1st period', sequence: 1,
    startTime: '08:00', endTime: '08:50',
  });
  const second = await insert(db, 'period', {
    ...d, schoolId: high, sourceId: 'P2', name: '2nd period', sequence: 2,
    startTime: '09:00', endTime: '09:50',
  });
  const homeroomPeriod = await insert(db, 'period', {
    ...d, schoolId: elementary, sourceId: 'HR', name: 'Homeroom', sequence: 1,
    startTime: '08:15', endTime: '14:45',
  });
  await insert(db, 'bellSchedulePeriod', {
    ...d, bellScheduleId: bellSchedule, periodId: first, startTime: '08:00', endTime: '08:50',
  });

  const algebra = await insert(db, 'course', {
    ...d, schoolId: high, sourceId: 'ALG1', code: 'ALG1', title: 'Algebra I', subject: 'Mathematics',
  });
  const english = await insert(db, 'course', {
    ...d, schoolId: high, sourceId: 'ENG1', code: 'ENG1', title: 'English I', subject: 'English',
  });
  const grade3 = await insert(db, 'course', {
    ...d, schoolId: elementary, sourceId: 'G3', code: 'G3', title: 'Grade 3', subject: null,
  });
  const mathTeacher = await insert(db, 'staff', {
    ...d, sourceId: 'T1', firstName: 'Maria', lastName: 'Okafor', email: 'okafor@example.org',
  });
  const englishTeacher = await insert(db, 'staff', {
    ...d, sourceId: 'T2', firstName: 'Jon', lastName: 'Lindqvist',
  });
  const classTeacher = await insert(db, 'staff', {
    ...d, sourceId: 'T3', firstName: 'Priya', lastName: 'Nair',
  });

  const section = async (schoolId: number, courseId: number, termId: number,
    sourceId: string, room: string, periodId: number, staffId: number) => {
    const id = await insert(db, 'section', {
      ...d, schoolId, courseId, termId, sourceId, name: sourceId, room,
    });
    await insert(db, 'sectionPeriod', { ...d, sectionId: id, periodId, days: '12345' });
    await insert(db, 'sectionStaff', { ...d, sectionId: id, staffId });
    return id;
  };
  const math = await section(high, algebra, fall, 'ALG1-01', '101', first, mathTeacher);
  const englishSpring = await section(high, english, spring, 'ENG1-02', '204', second, englishTeacher);
  const homeroom = await section(elementary, grade3, elementaryYear, 'G3-A', '12', homeroomPeriod, classTeacher);

  const student = (sourceId: string, firstName: string, lastName: string) =>
    insert(db, 'student', { ...d, sourceId, firstName, lastName, birthDate: '2011-04-02' });
  const ana = await student('S-1', 'Ana', 'Rivera');
  const ben = await student('S-2', 'Ben', 'Rivera');
  const cleo = await student('S-3', 'Cleo', 'Hart');

  const guardianA = await insert(db, 'guardian', {
    ...d, sourceId: 'G-1001', firstName: 'Lucia', lastName: 'Rivera',
  });
  const guardianB = await insert(db, 'guardian', {
    ...d, sourceId: 'G-2002', firstName: 'Sam', lastName: 'Hart',
  });
  const link = (guardianId: number, studentId: number) =>
    insert(db, 'guardianStudent', { ...d, guardianId, studentId, relation: 'mother' });
  const links = {
    anaA: await link(guardianA, ana),
    benA: await link(guardianA, ben),
    cleoB: await link(guardianB, cleo),
  };

  const enroll = (studentId: number, schoolId: number, gradeLevel: string) =>
    insert(db, 'enrollment', {
      ...d, studentId, schoolId, schoolYearId: schoolYear, gradeLevel, startDate: '2025-08-18',
    });
  await enroll(ana, high, '9');
  await enroll(ben, elementary, '3');
  await enroll(cleo, high, '9');
  const place = (studentId: number, sectionId: number) =>
    insert(db, 'sectionPlacement', { ...d, studentId, sectionId });
  await place(ana, math);
  await place(ana, englishSpring);
  await place(ben, homeroom);
  await place(cleo, math);

  const assignment = (sectionId: number, sourceId: string, title: string, dueDate: string) =>
    insert(db, 'assignment', {
      ...d, sectionId, sourceId, title, dueDate, assignedDate: '2025-09-01',
      pointsPossible: 10, category: 'Homework', gradingPeriodId: null,
    });
  const homework = await assignment(math, 'A-1', 'Homework 1', '2025-09-10');
  const quiz = await assignment(math, 'A-2', 'Quiz 1', '2025-10-01');
  const essay = await assignment(englishSpring, 'A-3', 'Essay', '2026-02-01');
  const reading = await assignment(homeroom, 'A-4', 'Reading log', '2025-09-15');
  const score = (assignmentId: number, studentId: number, points: number, late = 0) =>
    insert(db, 'score', { ...d, assignmentId, studentId, points, late, turnedIn: 1 });
  const scores = {
    anaHomework: await score(homework, ana, 9, 1),
    cleoHomework: await score(homework, cleo, 7),
    benReading: await score(reading, ben, 10),
  };

  const grade = (studentId: number, sectionId: number, percent: number) =>
    insert(db, 'grade', {
      ...d, studentId, sectionId, gradingPeriodId: fallGrading, task: 'Quarter grade',
      status: 'in_progress', percent, mark: percent >= 90 ? 'A' : 'C',
    });
  const grades = { anaMath: await grade(ana, math, 91), cleoMath: await grade(cleo, math, 75) };

  const attendance = (studentId: number, schoolId: number, sourceId: string, date: string,
    category: 'absence' | 'tardy', excuse: 'excused' | 'unexcused' | 'unknown') =>
    insert(db, 'attendanceEvent', {
      ...d, studentId, schoolId, sourceId, date, category, excuse, code: category.toUpperCase(),
    });
  const attendanceEvents = {
    anaAbsent: await attendance(ana, high, 'AT-1', '2025-09-03', 'absence', 'excused'),
    anaLate: await attendance(ana, high, 'AT-2', '2025-09-04', 'tardy', 'unexcused'),
    cleoAbsent: await attendance(cleo, high, 'AT-3', '2025-09-03', 'absence', 'unknown'),
    benAbsent: await attendance(ben, elementary, 'AT-4', '2025-09-02', 'absence', 'unknown'),
  };

  return {
    districtId,
    schools: { high, elementary },
    schoolYear,
    terms: { fall, spring, elementaryYear },
    gradingPeriods: { fallGrading },
    calendar,
    calendarDays,
    bellSchedule,
    periods: { first, second, homeroomPeriod },
    courses: { algebra, english, grade3 },
    staff: { mathTeacher, englishTeacher, classTeacher },
    sections: { math, englishSpring, homeroom },
    students: { ana, ben, cleo },
    guardians: {
      a: { id: guardianA, sourceId: 'G-1001' },
      b: { id: guardianB, sourceId: 'G-2002' },
    },
    links,
    assignments: { homework, quiz, essay, reading },
    scores,
    grades,
    attendanceEvents,
  };
}

export type Fixture = Awaited<ReturnType<typeof buildFixture>>;

type Tables = import('../../../server/db/schema.ts').Database;
type Insertable<T extends keyof Tables> = import('kysely').Insertable<Tables[T]>;

/** Inserts one row and answers its id (every synced table has one). */
export async function insert<T extends keyof Tables>(
  db: PortalDb,
  table: T,
  values: Insertable<T>,
): Promise<number> {
  const { insertId } = await db
    .insertInto(table)
    .values(values as never)
    .executeTakeFirstOrThrow();
  return Number(insertId);
}
