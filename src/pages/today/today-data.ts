import type {
  Assignment,
  AttendanceEvent,
  CalendarDay,
  Grade,
  Score,
  Section,
} from '../../api/entities.ts';
import { readMeta, type PortalDb } from '../../data/db.ts';
import { addDays, isoWeekday } from '../../i18n/format.ts';

export interface TodayClass {
  sectionId: number;
  course: string;
  period: string;
  sequence: number;
  startTime: string | null;
  endTime: string | null;
  room: string | null;
  teachers: string[];
}

export interface DueAssignment {
  assignment: Assignment;
  course: string;
  score: Score | undefined;
}

export interface TodayData {
  /** False until the first sync brought anything to this device. */
  synced: boolean;
  /** `yes`/`no` from the school calendar, `unknown` when it has no days. */
  schoolDay: 'yes' | 'no' | 'unknown';
  /** The calendar's entry for today (a holiday's name), when there is one. */
  calendarDay: CalendarDay | undefined;
  /** The student is placed in sections of a term that covers today. */
  hasCurrentSections: boolean;
  classes: TodayClass[];
  dueToday: DueAssignment[];
  dueTomorrow: DueAssignment[];
  scores: (Score & { assignment: Assignment | undefined; course: string })[];
  grades: (Grade & { course: string })[];
  attendance: (AttendanceEvent & { course: string | undefined })[];
}

export interface TodayQuery {
  studentId: number;
  today: string;
  enrollmentId: number | undefined;
  /** How far back "recent" reaches, in days. */
  recentDays?: number;
}

const byId = <T extends { id: number }>(rows: (T | undefined)[]) =>
  new Map(rows.filter((row): row is T => !!row).map((row) => [row.id, row]));

const covers = (start: string | null, end: string | null, day: string) =>
  (start === null || start <= day) && (end === null || day <= end);

/**
 * Everything the Today page shows, read from the device database only:
 * the classes that meet today, what is due today and tomorrow (in every
 * course, met today or not) and what changed recently.
 */
export function loadToday(db: PortalDb, query: TodayQuery): Promise<TodayData> {
  // One read transaction for the page's many small reads, instead of one each.
  const tables = [
    db.meta, db.enrollments, db.sectionPlacements, db.sections, db.terms, db.calendars,
    db.calendarDays, db.courses, db.sectionPeriods, db.periods, db.bellSchedulePeriods,
    db.sectionStaff, db.staff, db.assignments, db.scores, db.grades, db.attendanceEvents,
  ];
  return db.transaction('r', tables, () => readToday(db, query));
}

async function readToday(db: PortalDb, query: TodayQuery): Promise<TodayData> {
  const { studentId, today } = query;
  const tomorrow = addDays(today, 1);
  const since = addDays(today, -(query.recentDays ?? 7));

  const [lastSyncAt, enrollment, placements] = await Promise.all([
    readMeta(db, 'lastSyncAt'),
    query.enrollmentId === undefined ? undefined : db.enrollments.get(query.enrollmentId),
    db.sectionPlacements.where('studentId').equals(studentId).toArray(),
  ]);

  // Reads that do not need each other's answers go together: each await is
  // a round trip to the database, and the chain of them was Today's wait.
  // Every placed section names courses (older scores too); today's placements make the schedule.
  const [sectionsById, [calendarDay, schoolDayKnown]] = await Promise.all([
    db.sections.bulkGet(placements.map((p) => p.sectionId)).then(byId),
    schoolCalendar(db, enrollment, today),
  ]);
  const allSections = placements
    .filter((p) => covers(p.startDate, p.endDate, today))
    .map((p) => sectionsById.get(p.sectionId))
    .filter((s): s is Section => !!s && (!enrollment || s.schoolId === enrollment.schoolId));
  const courseIds = [...new Set([...sectionsById.values()].map((s) => s.courseId))];
  const [terms, courses] = await Promise.all([
    db.terms.bulkGet([...new Set(allSections.map((s) => s.termId))]).then(byId),
    db.courses.bulkGet(courseIds).then(byId),
  ]);
  const sections = allSections.filter((s) => {
    const term = terms.get(s.termId);
    return term ? covers(term.startDate, term.endDate, today) : false;
  });
  const sectionIds = sections.map((s) => s.id);

  const weekend = isoWeekday(today) >= 6;
  const schoolDay: TodayData['schoolDay'] = calendarDay
    ? calendarDay.kind === 'instructional'
      ? 'yes'
      : 'no'
    : schoolDayKnown || weekend
      ? 'no'
      : 'unknown';

  const courseOf = (sectionId: number | null) => {
    const section = sectionId === null ? undefined : sectionsById.get(sectionId);
    return section ? (courses.get(section.courseId)?.title ?? '') : '';
  };

  const [classes, due, recent] = await Promise.all([
    schoolDay === 'no' ? [] : classesToday(db, sections, today, courseOf),
    dueAssignments(db, studentId, sectionIds, [today, tomorrow], courseOf),
    recentChanges(db, studentId, since, today, courseOf),
  ]);

  return {
    synced: lastSyncAt !== undefined,
    schoolDay,
    calendarDay,
    hasCurrentSections: sections.length > 0,
    classes,
    dueToday: due.filter((d) => d.assignment.dueDate === today),
    dueTomorrow: due.filter((d) => d.assignment.dueDate === tomorrow),
    ...recent,
  };
}

/** Today's entry of the school's calendar, and whether that calendar lists any days. */
async function schoolCalendar(
  db: PortalDb,
  enrollment: { schoolId: number; schoolYearId: number } | undefined,
  today: string,
): Promise<[CalendarDay | undefined, boolean]> {
  if (!enrollment) return [undefined, false];
  const calendars = await db.calendars
    .where('[schoolId+schoolYearId]')
    .equals([enrollment.schoolId, enrollment.schoolYearId])
    .toArray();
  for (const calendar of calendars) {
    const day = await db.calendarDays
      .where('[calendarId+date]')
      .equals([calendar.id, today])
      .first();
    if (day) return [day, true];
  }
  const counts = await Promise.all(
    calendars.map((c) => db.calendarDays.where('calendarId').equals(c.id).count()),
  );
  // A calendar that lists school days but not today says today is no school day.
  return [undefined, counts.some((count) => count > 0)];
}

async function classesToday(
  db: PortalDb,
  sections: Section[],
  today: string,
  courseOf: (sectionId: number) => string,
): Promise<TodayClass[]> {
  const weekday = String(isoWeekday(today));
  const meetings = (
    await db.sectionPeriods.where('sectionId').anyOf(sections.map((s) => s.id)).toArray()
  ).filter((m) => m.days.includes(weekday));

  const periodIds = [...new Set(meetings.map((m) => m.periodId))];
  const [periods, bellTimes, sectionStaff] = await Promise.all([
    db.periods.bulkGet(periodIds).then(byId),
    db.bellSchedulePeriods.where('periodId').anyOf(periodIds).toArray(),
    db.sectionStaff.where('sectionId').anyOf(meetings.map((m) => m.sectionId)).toArray(),
  ]);
  const staff = byId(await db.staff.bulkGet([...new Set(sectionStaff.map((s) => s.staffId))]));
  const sectionsById = byId(sections);

  return meetings
    .map((meeting) => {
      const period = periods.get(meeting.periodId);
      // Without times on the period, a bell schedule's times for it are the next best.
      const bell = bellTimes.find((b) => b.periodId === meeting.periodId && b.startTime);
      const teachers = sectionStaff
        .filter((link) => link.sectionId === meeting.sectionId)
        .map((link) => staff.get(link.staffId))
        .filter((person) => !!person)
        .map((person) => `${person.firstName} ${person.lastName}`);
      return {
        sectionId: meeting.sectionId,
        course: courseOf(meeting.sectionId),
        period: period?.name ?? '',
        sequence: period?.sequence ?? 0,
        startTime: period?.startTime ?? bell?.startTime ?? null,
        endTime: period?.endTime ?? bell?.endTime ?? null,
        room: sectionsById.get(meeting.sectionId)?.room ?? null,
        teachers,
      };
    })
    .sort(
      (a, b) =>
        a.sequence - b.sequence || (a.startTime ?? '').localeCompare(b.startTime ?? ''),
    );
}

async function dueAssignments(
  db: PortalDb,
  studentId: number,
  sectionIds: number[],
  days: string[],
  courseOf: (sectionId: number) => string,
): Promise<DueAssignment[]> {
  const keys = sectionIds.flatMap((id) => days.map((day) => [id, day]));
  const assignments = await db.assignments.where('[sectionId+dueDate]').anyOf(keys).toArray();
  const scores = await db.scores
    .where('[studentId+assignmentId]')
    .anyOf(assignments.map((a) => [studentId, a.id]))
    .toArray();
  return assignments
    .map((assignment) => ({
      assignment,
      course: courseOf(assignment.sectionId),
      score: scores.find((s) => s.assignmentId === assignment.id),
    }))
    .sort((a, b) => a.course.localeCompare(b.course));
}

async function recentChanges(
  db: PortalDb,
  studentId: number,
  since: string,
  today: string,
  courseOf: (sectionId: number | null) => string,
) {
  const [scores, grades, events] = await Promise.all([
    db.scores
      .where('[studentId+scoredAt]')
      .between([studentId, since], [studentId, '\uffff'])
      .reverse()
      .limit(6)
      .toArray(),
    db.grades
      .where('[studentId+postedAt]')
      .between([studentId, since], [studentId, '\uffff'])
      .reverse()
      .limit(10)
      .toArray(),
    db.attendanceEvents
      .where('[studentId+date]')
      .between([studentId, since], [studentId, today], true, true)
      .reverse()
      .toArray(),
  ]);
  const assignments = byId(await db.assignments.bulkGet(scores.map((s) => s.assignmentId)));
  return {
    scores: scores.map((score) => {
      const assignment = assignments.get(score.assignmentId);
      return { ...score, assignment, course: assignment ? courseOf(assignment.sectionId) : '' };
    }),
    grades: grades.map((grade) => ({ ...grade, course: courseOf(grade.sectionId) })),
    attendance: events
      .filter((event) => event.category !== 'present')
      .map((event) => ({
        ...event,
        course: event.sectionId ? courseOf(event.sectionId) : undefined,
      })),
  };
}
