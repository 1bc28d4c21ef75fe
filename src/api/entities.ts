import { Type, type Static } from 'typebox';

/**
 * What a guardian's device holds: the records of the delta sync, the same
 * words as the server's tables. Ids are the server's integer ids. Dates are
 * `YYYY-MM-DD` in the district's time zone, times `HH:MM`.
 */

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(
  schema: T,
) => Type.Union([schema, Type.Null()]);

const Id = Type.Integer();
const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
const Time = Type.String({ pattern: '^\\d{2}:\\d{2}$' });

export const School = Type.Object({
  id: Id,
  name: Type.String(),
  usesGradebook: Type.Boolean(),
  phone: Nullable(Type.String()),
  address: Nullable(Type.String()),
});

export const SchoolYear = Type.Object({
  id: Id,
  name: Type.String(),
  startDate: IsoDate,
  endDate: IsoDate,
});

export const Term = Type.Object({
  id: Id,
  schoolId: Id,
  schoolYearId: Id,
  name: Type.String(),
  kind: Nullable(Type.String()),
  startDate: IsoDate,
  endDate: IsoDate,
});

export const GradingPeriod = Type.Object({
  id: Id,
  schoolId: Id,
  schoolYearId: Id,
  termId: Nullable(Id),
  name: Type.String(),
  sequence: Type.Integer(),
  startDate: IsoDate,
  endDate: IsoDate,
});

export const Calendar = Type.Object({
  id: Id,
  schoolId: Id,
  schoolYearId: Id,
  name: Type.String(),
});

export const CalendarDayKind = Type.Union([
  Type.Literal('instructional'),
  Type.Literal('holiday'),
  Type.Literal('teacher_only'),
  Type.Literal('weather'),
  Type.Literal('other'),
]);

export const CalendarDay = Type.Object({
  id: Id,
  calendarId: Id,
  date: IsoDate,
  kind: CalendarDayKind,
  name: Nullable(Type.String()),
  inferred: Type.Boolean(),
});

export const BellSchedule = Type.Object({
  id: Id,
  schoolId: Id,
  name: Type.String(),
  startTime: Nullable(Time),
  endTime: Nullable(Time),
});

export const Period = Type.Object({
  id: Id,
  schoolId: Id,
  name: Type.String(),
  sequence: Type.Integer(),
  startTime: Nullable(Time),
  endTime: Nullable(Time),
});

export const BellSchedulePeriod = Type.Object({
  id: Id,
  bellScheduleId: Id,
  periodId: Id,
  startTime: Nullable(Time),
  endTime: Nullable(Time),
});

export const Course = Type.Object({
  id: Id,
  schoolId: Nullable(Id),
  code: Type.String(),
  title: Type.String(),
  subject: Nullable(Type.String()),
});

/** A teacher or other staff member, as a parent sees them. */
export const Staff = Type.Object({
  id: Id,
  firstName: Type.String(),
  lastName: Type.String(),
  title: Nullable(Type.String()),
  email: Nullable(Type.String()),
});

export const Section = Type.Object({
  id: Id,
  schoolId: Id,
  courseId: Id,
  termId: Id,
  name: Nullable(Type.String()),
  room: Nullable(Type.String()),
});

export const SectionPeriod = Type.Object({
  id: Id,
  sectionId: Id,
  periodId: Id,
  /** ISO weekday digits the section meets on, 1 = Monday. */
  days: Type.String({ pattern: '^[1-7]*$' }),
});

export const SectionStaff = Type.Object({
  id: Id,
  sectionId: Id,
  staffId: Id,
  role: Type.String(),
});

export const Student = Type.Object({
  id: Id,
  firstName: Type.String(),
  middleName: Nullable(Type.String()),
  lastName: Type.String(),
  preferredName: Nullable(Type.String()),
  birthDate: Nullable(IsoDate),
});

export const GuardianStudent = Type.Object({
  id: Id,
  guardianId: Id,
  studentId: Id,
  relation: Type.String(),
});

export const Enrollment = Type.Object({
  id: Id,
  studentId: Id,
  schoolId: Id,
  schoolYearId: Id,
  gradeLevel: Nullable(Type.String()),
  startDate: IsoDate,
  endDate: Nullable(IsoDate),
});

export const SectionPlacement = Type.Object({
  id: Id,
  studentId: Id,
  sectionId: Id,
  startDate: Nullable(IsoDate),
  endDate: Nullable(IsoDate),
});

export const Assignment = Type.Object({
  id: Id,
  sectionId: Id,
  gradingPeriodId: Nullable(Id),
  title: Type.String(),
  description: Nullable(Type.String()),
  category: Nullable(Type.String()),
  assignedDate: Nullable(IsoDate),
  dueDate: Nullable(IsoDate),
  pointsPossible: Nullable(Type.Number()),
});

export const Score = Type.Object({
  id: Id,
  assignmentId: Id,
  studentId: Id,
  points: Nullable(Type.Number()),
  mark: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  missing: Type.Boolean(),
  late: Type.Boolean(),
  turnedIn: Type.Boolean(),
  dropped: Type.Boolean(),
  incomplete: Type.Boolean(),
  exempt: Type.Boolean(),
  scoredAt: Nullable(Type.String()),
});

export const GradeStatus = Type.Union([
  Type.Literal('in_progress'),
  Type.Literal('posted'),
]);

export const Grade = Type.Object({
  id: Id,
  studentId: Id,
  sectionId: Id,
  gradingPeriodId: Nullable(Id),
  task: Type.String(),
  status: GradeStatus,
  percent: Nullable(Type.Number()),
  mark: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  postedAt: Nullable(Type.String()),
});

export const AttendanceCategory = Type.Union([
  Type.Literal('absence'),
  Type.Literal('tardy'),
  Type.Literal('early_departure'),
  Type.Literal('present'),
]);

export const AttendanceExcuse = Type.Union([
  Type.Literal('excused'),
  Type.Literal('unexcused'),
  Type.Literal('unknown'),
]);

export const AttendanceEvent = Type.Object({
  id: Id,
  studentId: Id,
  schoolId: Id,
  sectionId: Nullable(Id),
  termId: Nullable(Id),
  date: IsoDate,
  category: AttendanceCategory,
  excuse: AttendanceExcuse,
  code: Nullable(Type.String()),
  comment: Nullable(Type.String()),
  arrivalTime: Nullable(Time),
  departureTime: Nullable(Time),
  minutes: Nullable(Type.Integer()),
  dayFraction: Nullable(Type.Number()),
});

export type School = Static<typeof School>;
export type SchoolYear = Static<typeof SchoolYear>;
export type Term = Static<typeof Term>;
export type GradingPeriod = Static<typeof GradingPeriod>;
export type Calendar = Static<typeof Calendar>;
export type CalendarDay = Static<typeof CalendarDay>;
export type BellSchedule = Static<typeof BellSchedule>;
export type Period = Static<typeof Period>;
export type BellSchedulePeriod = Static<typeof BellSchedulePeriod>;
export type Course = Static<typeof Course>;
export type Staff = Static<typeof Staff>;
export type Section = Static<typeof Section>;
export type SectionPeriod = Static<typeof SectionPeriod>;
export type SectionStaff = Static<typeof SectionStaff>;
export type Student = Static<typeof Student>;
export type GuardianStudent = Static<typeof GuardianStudent>;
export type Enrollment = Static<typeof Enrollment>;
export type SectionPlacement = Static<typeof SectionPlacement>;
export type Assignment = Static<typeof Assignment>;
export type Score = Static<typeof Score>;
export type Grade = Static<typeof Grade>;
export type AttendanceEvent = Static<typeof AttendanceEvent>;
