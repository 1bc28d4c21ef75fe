import type { AttendanceEvent, Term } from '../../api/entities.ts';
import type { PortalDb } from '../../data/db.ts';
import {
  covers,
  loadYearScope,
  termFor,
  type YearQuery,
  type YearScope,
} from '../../ui/year-scope.ts';

export type Counted = 'absence' | 'tardy' | 'early_departure';
export const countedCategories: readonly Counted[] = ['absence', 'tardy', 'early_departure'];

export interface Tally {
  total: number;
  excused: number;
  unexcused: number;
  unknown: number;
}

export type Totals = Record<Counted, Tally>;

export interface EventRow {
  event: AttendanceEvent & { category: Counted };
  /** The course of a class-period event; undefined for a whole school day. */
  course: string | undefined;
}

export interface CourseTotals {
  sectionId: number;
  title: string;
  totals: Totals;
}

export interface TermAttendance {
  term: Term | undefined;
  /** Whole-day events (no section). */
  day: Totals;
  hasDayEvents: boolean;
  /** Class-period events by course, where the school records them. */
  courses: CourseTotals[];
  /** Every event of the term, latest first. */
  events: EventRow[];
}

export interface AttendanceData {
  scope: YearScope;
  terms: TermAttendance[];
}

const emptyTally = (): Tally => ({ total: 0, excused: 0, unexcused: 0, unknown: 0 });
export const emptyTotals = (): Totals => ({
  absence: emptyTally(),
  tardy: emptyTally(),
  early_departure: emptyTally(),
});

const counted = (event: AttendanceEvent): event is AttendanceEvent & { category: Counted } =>
  event.category !== 'present';

export function tally(events: readonly AttendanceEvent[]): Totals {
  const totals = emptyTotals();
  for (const event of events) {
    if (!counted(event)) continue;
    const row = totals[event.category];
    row.total += 1;
    row[event.excuse] += 1;
  }
  return totals;
}

/**
 * Events by term, latest term first. An event names its term where the
 * school sent one; else the term holding its date. The term holding
 * `today` is listed even without events, so "no absences" shows too.
 */
export function attendanceByTerm(
  events: readonly AttendanceEvent[],
  terms: readonly Term[],
  courseOf: (sectionId: number) => string | undefined,
  today: string,
): TermAttendance[] {
  const termById = new Map(terms.map((t) => [t.id, t]));
  const groups = new Map<number | undefined, EventRow[]>();
  const current = terms.some((t) => covers(t.startDate, t.endDate, today))
    ? termFor(terms, today)
    : undefined;
  if (current) groups.set(current.id, []);

  for (const event of events) {
    if (!counted(event)) continue;
    const named = event.termId === null ? undefined : termById.get(event.termId);
    const term = named ?? termFor(terms.filter((t) => covers(t.startDate, t.endDate, event.date)), event.date);
    const rows = groups.get(term?.id) ?? [];
    rows.push({ event, course: event.sectionId === null ? undefined : courseOf(event.sectionId) });
    groups.set(term?.id, rows);
  }

  return [...groups.entries()]
    .map(([termId, rows]) => {
      const dayEvents = rows.filter((r) => r.event.sectionId === null).map((r) => r.event);
      const bySection = new Map<number, AttendanceEvent[]>();
      for (const { event } of rows) {
        if (event.sectionId === null) continue;
        bySection.set(event.sectionId, [...(bySection.get(event.sectionId) ?? []), event]);
      }
      return {
        term: termId === undefined ? undefined : termById.get(termId),
        day: tally(dayEvents),
        hasDayEvents: dayEvents.length > 0,
        courses: [...bySection.entries()]
          .map(([sectionId, list]) => ({
            sectionId,
            title: courseOf(sectionId) ?? '',
            totals: tally(list),
          }))
          .sort((a, b) => a.title.localeCompare(b.title)),
        events: rows.sort((a, b) => b.event.date.localeCompare(a.event.date)),
      };
    })
    .sort((a, b) => (b.term?.startDate ?? '').localeCompare(a.term?.startDate ?? ''));
}

export async function loadAttendance(
  db: PortalDb,
  query: YearQuery & { today: string },
): Promise<AttendanceData> {
  const scope = await loadYearScope(db, query);
  if (!scope.year) return { scope, terms: [] };
  const events = await db.attendanceEvents
    .where('[studentId+date]')
    .between([query.studentId, scope.year.startDate], [query.studentId, scope.year.endDate], true, true)
    .toArray();
  const school = scope.school?.id;
  const titles = new Map(scope.sections.map((s) => [s.section.id, s.title]));
  // Events of a section not (or no longer) on the device still count, under their section's course.
  const missing = [...new Set(events.map((e) => e.sectionId))].filter(
    (id): id is number => id !== null && !titles.has(id),
  );
  for (const section of await db.sections.bulkGet(missing)) {
    if (!section) continue;
    const course = await db.courses.get(section.courseId);
    titles.set(section.id, course?.title ?? section.name ?? '');
  }
  return {
    scope,
    terms: attendanceByTerm(
      events.filter((e) => school === undefined || e.schoolId === school),
      scope.terms,
      (sectionId) => titles.get(sectionId),
      query.today,
    ),
  };
}
