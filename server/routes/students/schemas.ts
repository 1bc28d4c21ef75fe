import { Type } from 'typebox';
import * as E from '../../../src/api/entities.ts';

/**
 * Requests and answers of the read API under /api/v1. The records are the
 * sync's entities (src/api/entities.ts), joined for pages that ask the
 * server directly.
 */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
/**
 * Ids in paths and queries are checked as text: number coercion would take
 * " 1", "0x10" or "1e3" for ids. Routes turn them into numbers.
 */
const IdText = Type.String({ pattern: '^[1-9][0-9]{0,14}$' });
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 });
const strict = { additionalProperties: false } as const;

export const StudentParams = Type.Object({ id: IdText }, strict);
export const TermQuery = Type.Object({ term: Type.Optional(IdText) }, strict);
export const SchoolYearQuery = Type.Object({ schoolYear: Type.Optional(IdText) }, strict);
export const AssignmentQuery = Type.Object(
  {
    section: Type.Optional(IdText),
    from: Type.Optional(IsoDate),
    to: Type.Optional(IsoDate),
  },
  strict,
);

export const StudentsResponse = Type.Object({
  students: Type.Array(
    Type.Object({
      ...E.Student.properties,
      relation: Type.String(),
      enrollments: Type.Array(
        Type.Object({
          ...E.Enrollment.properties,
          schoolYearName: Type.String(),
          school: E.School,
        }),
      ),
    }),
  ),
});

export const SchoolYearsResponse = Type.Object({
  schoolYears: Type.Array(E.SchoolYear),
  /** The year holding today in the district, or null between years. */
  currentId: Nullable(Type.Integer()),
});

export const ScheduleResponse = Type.Object({
  term: Nullable(E.Term),
  sections: Type.Array(
    Type.Object({
      ...E.Section.properties,
      course: E.Course,
      periods: Type.Array(
        Type.Object({ ...E.Period.properties, days: E.SectionPeriod.properties.days }),
      ),
      teachers: Type.Array(Type.Object({ ...E.Staff.properties, role: Type.String() })),
    }),
  ),
});

export const InstructionalDaysResponse = Type.Object({
  schoolYear: Nullable(E.SchoolYear),
  /** Distinct school days (two schools on one day count once). */
  count: Type.Integer(),
  days: Type.Array(
    Type.Object({
      date: IsoDate,
      calendarId: Type.Integer(),
      schoolId: Type.Integer(),
      name: Nullable(Type.String()),
      inferred: Type.Boolean(),
    }),
  ),
});

export const AssignmentsResponse = Type.Object({
  assignments: Type.Array(
    Type.Object({ ...E.Assignment.properties, score: Nullable(E.Score) }),
  ),
});

export const GradesResponse = Type.Object({
  schoolYear: Nullable(E.SchoolYear),
  grades: Type.Array(
    Type.Object({
      ...E.Grade.properties,
      courseId: Type.Integer(),
      courseCode: Type.String(),
      courseTitle: Type.String(),
      termId: Type.Integer(),
      termName: Type.String(),
      gradingPeriodName: Nullable(Type.String()),
    }),
  ),
});

const Tally = Type.Object({
  excused: Type.Integer(),
  unexcused: Type.Integer(),
  unknown: Type.Integer(),
  total: Type.Integer(),
});

export const AttendanceResponse = Type.Object({
  schoolYear: Nullable(E.SchoolYear),
  events: Type.Array(E.AttendanceEvent),
  terms: Type.Array(Type.Object({ term: E.Term, absences: Tally, tardies: Tally })),
});
