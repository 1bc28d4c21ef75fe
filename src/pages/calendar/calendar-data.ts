import type { Assignment, AttendanceEvent, CalendarDay, Score } from '../../api/entities.ts';
import type { PortalDb } from '../../data/db.ts';
import { isoWeekday } from '../../i18n/format.ts';
import { loadYearScope, type YearQuery, type YearScope } from '../../ui/year-scope.ts';
import {
  loadScheduleRows,
  meetingOn,
  sectionsOnDay,
  type ScheduleRow,
} from '../schedule/schedule-data.ts';
import { firstOfMonth, lastOfMonth, monthOf } from './calendar-grid.ts';

export interface DueItem {
  assignment: Assignment;
  score: Score | undefined;
  course: string;
}

export interface AttendanceItem {
  event: AttendanceEvent;
  course: string | undefined;
}

/** What marks a day in the month grid. */
export interface DayMarks {
  due: number;
  attendance: number;
  /** The calendar's entry when it is not a school day (holiday, break, teacher day). */
  noSchool: CalendarDay | undefined;
}

export interface DayDetail {
  day: string;
  /** `no` for a calendar day off or a weekend; `unknown` when the calendar says nothing. */
  schoolDay: 'yes' | 'no' | 'unknown';
  calendarDay: CalendarDay | undefined;
  due: DueItem[];
  classes: ScheduleRow[];
  /** The student had sections running that day (to tell "no classes" apart). */
  hasSections: boolean;
  attendance: AttendanceItem[];
}

export interface CalendarData {
  scope: YearScope;
  marks: Map<string, DayMarks>;
  detail: DayDetail;
}

/** Marks per day from the month's assignments, events and calendar days. */
export function monthMarks(
  due: readonly { assignment: Assignment }[],
  events: readonly AttendanceEvent[],
  calendarDays: readonly CalendarDay[],
): Map<string, DayMarks> {
  const marks = new Map<string, DayMarks>();
  const at = (day: string) => {
    let mark = marks.get(day);
    if (!mark) {
      mark = { due: 0, attendance: 0, noSchool: undefined };
      marks.set(day, mark);
    }
    return mark;
  };
  for (const { assignment } of due) if (assignment.dueDate) at(assignment.dueDate).due += 1;
  for (const event of events) if (event.category !== 'present') at(event.date).attendance += 1;
  for (const day of calendarDays) if (day.kind !== 'instructional') at(day.date).noSchool = day;
  return marks;
}

export async function loadCalendar(
  db: PortalDb,
  query: YearQuery & { day: string },
): Promise<CalendarData> {
  const { day, studentId } = query;
  const month = monthOf(day);
  const [start, end] = [firstOfMonth(month), lastOfMonth(month)];
  const scope = await loadYearScope(db, query);
  const sections = new Map(scope.sections.map((s) => [s.section.id, s]));
  const courseOf = (sectionId: number | null) =>
    sectionId === null ? undefined : sections.get(sectionId)?.title;

  const [assignments, events, calendars] = await Promise.all([
    db.assignments.where('dueDate').between(start, end, true, true).toArray(),
    db.attendanceEvents
      .where('[studentId+date]')
      .between([studentId, start], [studentId, end], true, true)
      .toArray(),
    scope.school && scope.year
      ? db.calendars
          .where('[schoolId+schoolYearId]')
          .equals([scope.school.id, scope.year.id])
          .toArray()
      : [],
  ]);
  const mine = assignments.filter((a) => sections.has(a.sectionId));
  const scores = await db.scores
    .where('[studentId+assignmentId]')
    .anyOf(mine.map((a) => [studentId, a.id]))
    .toArray();
  const due = mine
    .map((assignment) => ({
      assignment,
      score: scores.find((s) => s.assignmentId === assignment.id),
      course: courseOf(assignment.sectionId) ?? '',
    }))
    .sort((a, b) => a.course.localeCompare(b.course));
  const calendarDays = (
    await Promise.all(
      calendars.map((c) =>
        db.calendarDays.where('[calendarId+date]').between([c.id, start], [c.id, end], true, true).toArray(),
      ),
    )
  ).flat();
  const counted = events.filter(
    (e) => e.category !== 'present' && (!scope.school || e.schoolId === scope.school.id),
  );

  const calendarDay = calendarDays.find((d) => d.date === day);
  const listsDays = calendarDays.length > 0;
  const schoolDay: DayDetail['schoolDay'] = calendarDay
    ? calendarDay.kind === 'instructional' ? 'yes' : 'no'
    : listsDays || isoWeekday(day) >= 6 ? 'no' : 'unknown';
  const running = sectionsOnDay(scope.sections, day);
  const classes = schoolDay === 'no' ? [] : meetingOn(await loadScheduleRows(db, running), day);

  return {
    scope,
    marks: monthMarks(due, counted, calendarDays),
    detail: {
      day,
      schoolDay,
      calendarDay,
      due: due.filter((d) => d.assignment.dueDate === day),
      classes,
      hasSections: running.length > 0,
      attendance: counted
        .filter((e) => e.date === day)
        .map((event) => ({ event, course: courseOf(event.sectionId) })),
    },
  };
}
