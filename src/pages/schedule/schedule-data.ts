import type { BellSchedulePeriod, Period, SectionPeriod, Term } from '../../api/entities.ts';
import type { PortalDb } from '../../data/db.ts';
import { isoWeekday } from '../../i18n/format.ts';
import {
  byId,
  loadYearScope,
  termFor,
  type YearQuery,
  type YearScope,
  type YearSection,
} from '../../ui/year-scope.ts';

/** One meeting of a course in the week: a period, its times, room and teachers. */
export interface ScheduleRow {
  sectionId: number;
  title: string;
  /** The period's name; null when the school gave the course no period. */
  period: string | null;
  sequence: number;
  startTime: string | null;
  endTime: string | null;
  /** ISO weekday digits the course meets on; empty when unknown. */
  days: string;
  room: string | null;
  teachers: string[];
  term: Term | undefined;
}

const overlaps = (
  a: { startDate: string | null; endDate: string | null },
  b: { startDate: string; endDate: string },
) => (a.startDate === null || a.startDate <= b.endDate) && (a.endDate === null || b.startDate <= a.endDate);

/** Sections running during a term: its own, and longer ones (a year course) that overlap it. */
export function sectionsInTerm(sections: readonly YearSection[], term: Term): YearSection[] {
  return sections.filter(
    (s) => s.term !== undefined && overlaps(s.term, term) && overlaps(s.placement, term),
  );
}

/** Sections running on a day: the term and the student's placement both hold it. */
export function sectionsOnDay(sections: readonly YearSection[], day: string): YearSection[] {
  const range = { startDate: day, endDate: day };
  return sections.filter(
    (s) => s.term !== undefined && overlaps(s.term, range) && overlaps(s.placement, range),
  );
}

/** The week's rows in period order; courses without a period come last. */
export function scheduleRows(
  sections: readonly YearSection[],
  meetings: readonly SectionPeriod[],
  periods: ReadonlyMap<number, Period>,
  bellTimes: readonly BellSchedulePeriod[],
): ScheduleRow[] {
  const rows = sections.flatMap((s): ScheduleRow[] => {
    const base = {
      sectionId: s.section.id,
      title: s.title,
      room: s.section.room,
      teachers: s.teachers,
      term: s.term,
    };
    const own = meetings.filter((m) => m.sectionId === s.section.id);
    if (own.length === 0) {
      return [{ ...base, period: null, sequence: Infinity, startTime: null, endTime: null, days: '' }];
    }
    return own.map((meeting) => {
      const period = periods.get(meeting.periodId);
      // Without times on the period, a bell schedule's times for it are the next best.
      const bell = bellTimes.find((b) => b.periodId === meeting.periodId && b.startTime);
      return {
        ...base,
        period: period?.name ?? null,
        sequence: period?.sequence ?? Infinity,
        startTime: period?.startTime ?? bell?.startTime ?? null,
        endTime: period?.endTime ?? bell?.endTime ?? null,
        days: meeting.days,
      };
    });
  });
  return rows.sort(
    (a, b) =>
      a.sequence - b.sequence ||
      (a.startTime ?? '~').localeCompare(b.startTime ?? '~') ||
      a.title.localeCompare(b.title),
  );
}

/** Rows that meet on a day's weekday; rows with unknown days are kept, they might. */
export function meetingOn(rows: readonly ScheduleRow[], day: string): ScheduleRow[] {
  const weekday = String(isoWeekday(day));
  return rows.filter((row) => row.period !== null && (row.days === '' || row.days.includes(weekday)));
}

export async function loadScheduleRows(
  db: PortalDb,
  sections: readonly YearSection[],
): Promise<ScheduleRow[]> {
  const meetings = await db.sectionPeriods
    .where('sectionId')
    .anyOf(sections.map((s) => s.section.id))
    .toArray();
  const periodIds = [...new Set(meetings.map((m) => m.periodId))];
  const [periods, bellTimes] = await Promise.all([
    db.periods.bulkGet(periodIds).then(byId),
    db.bellSchedulePeriods.where('periodId').anyOf(periodIds).toArray(),
  ]);
  return scheduleRows(sections, meetings, periods, bellTimes);
}

export interface ScheduleData {
  scope: YearScope;
  /** The term shown: the one asked for, else the one holding today, else the latest. */
  term: Term | undefined;
  rows: ScheduleRow[];
}

export async function loadSchedule(
  db: PortalDb,
  query: YearQuery & { today: string; termId: string | null },
): Promise<ScheduleData> {
  const scope = await loadYearScope(db, query);
  const wanted = scope.terms.find((term) => String(term.id) === query.termId);
  const term = wanted ?? termFor(scope.terms, query.today);
  const sections = term ? sectionsInTerm(scope.sections, term) : [];
  return { scope, term, rows: await loadScheduleRows(db, sections) };
}
