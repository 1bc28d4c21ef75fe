import type { SyncChanges } from '../../../src/api/sync.ts';
import type { Score } from '../../../src/api/entities.ts';
import { familyChanges } from '../fixture.ts';

/**
 * The shared family fixture plus what the record pages need: two grading
 * periods in the fall term, a spring term, posted and in-progress grades,
 * flagged scores and attendance of several kinds. 2026-12-03 is "today".
 */
export function recordChanges(): SyncChanges {
  const base = familyChanges();
  return {
    ...base,
    terms: [
      ...base.terms,
      {
        id: 2,
        schoolId: 1,
        schoolYearId: 1,
        name: 'Spring',
        kind: 'semester',
        startDate: '2027-01-05',
        endDate: '2027-06-05',
      },
    ],
    gradingPeriods: [
      period(1, 1, 'Quarter 1', 1, '2026-08-20', '2026-10-16'),
      period(2, 1, 'Quarter 2', 2, '2026-10-19', '2026-12-18'),
      period(3, 2, 'Quarter 3', 3, '2027-01-05', '2027-03-12'),
    ],
    courses: [...base.courses, { id: 4, schoolId: 1, code: 'HIST7', title: 'History 7', subject: null }],
    sections: [...base.sections, { id: 4, schoolId: 1, courseId: 4, termId: 2, name: null, room: '14' }],
    sectionPeriods: [...base.sectionPeriods, { id: 4, sectionId: 4, periodId: 1, days: '12345' }],
    sectionPlacements: [
      ...base.sectionPlacements,
      { id: 4, studentId: 11, sectionId: 4, startDate: '2027-01-05', endDate: null },
    ],
    assignments: [
      ...base.assignments,
      {
        id: 5,
        sectionId: 1,
        gradingPeriodId: 2,
        title: 'Decimals quiz',
        description: 'Chapter 4, questions 1 to 20.',
        category: 'Quizzes',
        assignedDate: '2026-11-20',
        dueDate: '2026-11-24',
        pointsPossible: 20,
      },
      {
        id: 6,
        sectionId: 3,
        gradingPeriodId: 2,
        title: 'Sketchbook',
        description: null,
        category: null,
        assignedDate: null,
        dueDate: '2026-11-18',
        pointsPossible: null,
      },
    ],
    scores: [
      ...base.scores,
      score(2, 5, { points: 18, comment: 'Good work on place value.', late: true, turnedIn: true }),
      score(3, 6, { mark: 'M', missing: true }),
      score(4, 1, { exempt: true }),
    ],
    grades: [
      ...base.grades.map((grade) => ({ ...grade, gradingPeriodId: 2 })),
      {
        id: 2,
        studentId: 11,
        sectionId: 1,
        gradingPeriodId: 1,
        task: 'Quarter Grade',
        status: 'posted',
        percent: 88,
        mark: 'B+',
        comment: 'Participates well in class.',
        postedAt: '2026-10-19T21:00:00Z',
      },
    ],
    attendanceEvents: [
      ...base.attendanceEvents,
      event(2, '2026-11-16', 'absence', 'excused', null, 'ILL', 'Parent called: fever.'),
      event(3, '2026-11-25', 'absence', 'unexcused', null, 'UNX', null),
      event(4, '2026-12-01', 'absence', 'unknown', 2, 'A', null),
      event(5, '2026-10-02', 'tardy', 'excused', null, 'TE', 'Bus was late.'),
    ],
  };
}

function period(
  id: number,
  termId: number,
  name: string,
  sequence: number,
  startDate: string,
  endDate: string,
) {
  return { id, schoolId: 1, schoolYearId: 1, termId, name, sequence, startDate, endDate };
}

function score(id: number, assignmentId: number, values: Partial<Score>): Score {
  return {
    id,
    assignmentId,
    studentId: 11,
    points: null,
    mark: null,
    comment: null,
    missing: false,
    late: false,
    turnedIn: false,
    dropped: false,
    incomplete: false,
    exempt: false,
    scoredAt: '2026-11-26T15:00:00Z',
    ...values,
  };
}

function event(
  id: number,
  date: string,
  category: 'absence' | 'tardy',
  excuse: 'excused' | 'unexcused' | 'unknown',
  sectionId: number | null,
  code: string,
  comment: string | null,
) {
  return {
    id,
    studentId: 11,
    schoolId: 1,
    sectionId,
    termId: 1,
    date,
    category,
    excuse,
    code,
    comment,
    arrivalTime: null,
    departureTime: null,
    minutes: null,
    dayFraction: null,
  };
}
