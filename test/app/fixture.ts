import type { SessionResponse } from '../../src/api/account.ts';
import type { CalendarDay } from '../../src/api/entities.ts';
import type { SyncChanges, SyncResponse } from '../../src/api/sync.ts';

/**
 * A small fictional family for the app's tests: one student in one school,
 * three sections (two meet on Thursdays), a calendar, scores and events.
 * 2026-12-03 is a Thursday; 2026-12-05 a Saturday; 2026-12-24 a holiday.
 */
export const today = '2026-12-03';

export const session: SessionResponse = {
  guardian: { id: 7, firstName: 'Ana', lastName: 'Example' },
  account: { username: 'ana.example', email: 'ana@example.org' },
  district: { id: 1, name: 'Example Unified', state: 'IL', timeZone: 'America/Chicago' },
  students: [
    { id: 11, firstName: 'Leo', lastName: 'Example', preferredName: null, relation: 'parent' },
    { id: 12, firstName: 'Mia', lastName: 'Example', preferredName: 'Mimi', relation: 'parent' },
  ],
  stayLoggedIn: false,
  expiresAt: '2099-01-01T00:00:00.000Z',
};

const none = {
  bellSchedules: [],
  bellSchedulePeriods: [],
  gradingPeriods: [],
  guardianStudents: [],
};

export function familyChanges(): SyncChanges {
  return {
    ...none,
    schools: [{ id: 1, name: 'Lakeview Middle', usesGradebook: true, phone: null, address: null }],
    schoolYears: [{ id: 1, name: '2026-2027', startDate: '2026-08-20', endDate: '2027-06-05' }],
    terms: [
      {
        id: 1,
        schoolId: 1,
        schoolYearId: 1,
        name: 'Fall',
        kind: 'semester',
        startDate: '2026-08-20',
        endDate: '2026-12-18',
      },
    ],
    calendars: [{ id: 1, schoolId: 1, schoolYearId: 1, name: 'Main' }],
    calendarDays: [
      day(1, '2026-12-03', 'instructional', null),
      day(2, '2026-12-04', 'instructional', null),
      day(3, '2026-12-24', 'holiday', 'Winter Break'),
    ],
    periods: [
      { id: 1, schoolId: 1, name: '1', sequence: 1, startTime: '08:00', endTime: '08:50' },
      { id: 2, schoolId: 1, name: '2', sequence: 2, startTime: '09:00', endTime: '09:50' },
      { id: 3, schoolId: 1, name: '3', sequence: 3, startTime: '10:00', endTime: '10:50' },
    ],
    courses: [
      { id: 1, schoolId: 1, code: 'MATH7', title: 'Math 7', subject: 'Math' },
      { id: 2, schoolId: 1, code: 'SCI7', title: 'Science 7', subject: 'Science' },
      { id: 3, schoolId: 1, code: 'ART', title: 'Art', subject: 'Art' },
    ],
    staff: [
      { id: 1, firstName: 'Rosa', lastName: 'Vidal', title: 'Teacher', email: null },
      { id: 2, firstName: 'Sam', lastName: 'Okafor', title: 'Teacher', email: null },
    ],
    sections: [
      { id: 1, schoolId: 1, courseId: 1, termId: 1, name: null, room: '101' },
      { id: 2, schoolId: 1, courseId: 2, termId: 1, name: null, room: 'Lab B' },
      { id: 3, schoolId: 1, courseId: 3, termId: 1, name: null, room: '12' },
    ],
    sectionPeriods: [
      // Science first on the list but second in the day: the page sorts by period.
      { id: 1, sectionId: 2, periodId: 2, days: '12345' },
      { id: 2, sectionId: 1, periodId: 1, days: '1234' },
      // Art meets Mondays only, so not today; its homework is still due.
      { id: 3, sectionId: 3, periodId: 3, days: '1' },
    ],
    sectionStaff: [
      { id: 1, sectionId: 1, staffId: 1, role: 'Teacher of Record' },
      { id: 2, sectionId: 2, staffId: 2, role: 'Teacher of Record' },
    ],
    students: [
      {
        id: 11,
        firstName: 'Leo',
        middleName: null,
        lastName: 'Example',
        preferredName: null,
        birthDate: null,
      },
    ],
    enrollments: [
      {
        id: 1,
        studentId: 11,
        schoolId: 1,
        schoolYearId: 1,
        gradeLevel: '7',
        startDate: '2026-08-20',
        endDate: null,
      },
    ],
    sectionPlacements: [
      { id: 1, studentId: 11, sectionId: 1, startDate: '2026-08-20', endDate: null },
      { id: 2, studentId: 11, sectionId: 2, startDate: '2026-08-20', endDate: null },
      { id: 3, studentId: 11, sectionId: 3, startDate: '2026-08-20', endDate: null },
    ],
    assignments: [
      assignment(1, 1, 'Fractions worksheet', '2026-12-03', 20),
      assignment(2, 3, 'Color wheel poster', '2026-12-04', null),
      assignment(3, 2, 'Lab report', '2026-12-10', 50),
      assignment(4, 2, 'Cell diagram', '2026-11-30', 10),
    ],
    scores: [
      {
        id: 1,
        assignmentId: 4,
        studentId: 11,
        points: 9,
        mark: null,
        comment: null,
        missing: false,
        late: false,
        turnedIn: true,
        dropped: false,
        incomplete: false,
        exempt: false,
        scoredAt: '2026-12-01T15:00:00Z',
      },
    ],
    grades: [
      {
        id: 1,
        studentId: 11,
        sectionId: 2,
        gradingPeriodId: null,
        task: 'Quarter 2',
        status: 'in_progress',
        percent: 91.5,
        mark: 'A-',
        comment: null,
        postedAt: '2026-12-02T18:00:00Z',
      },
    ],
    attendanceEvents: [
      {
        id: 1,
        studentId: 11,
        schoolId: 1,
        sectionId: 1,
        termId: 1,
        date: '2026-12-02',
        category: 'tardy',
        excuse: 'unexcused',
        code: 'T',
        comment: null,
        arrivalTime: '08:07',
        departureTime: null,
        minutes: 7,
        dayFraction: null,
      },
    ],
  };
}

function day(id: number, date: string, kind: CalendarDay['kind'], name: string | null) {
  return { id, calendarId: 1, date, kind, name, inferred: false };
}

function assignment(
  id: number,
  sectionId: number,
  title: string,
  dueDate: string,
  pointsPossible: number | null,
) {
  return {
    id,
    sectionId,
    gradingPeriodId: null,
    title,
    description: null,
    category: 'Homework',
    assignedDate: null,
    dueDate,
    pointsPossible,
  };
}

export function fullSync(cursor = '100'): SyncResponse {
  return {
    cursor,
    serverTime: '2026-12-03T14:00:00.000Z',
    full: true,
    changes: familyChanges(),
    deletions: [],
  };
}
