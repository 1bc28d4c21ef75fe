import { Temporal } from 'temporal-polyfill';
import type { ImportContext } from './context.ts';

/**
 * What a partial export leaves out and the importer can still tell, marked
 * `inferred = 1`: a student's school membership from their attendance and
 * scores, their sections from their scores, and a school's instructional
 * days from its terms. A record the SIS sent (inferred = 0) is never
 * overwritten by an inferred one.
 */
export function inferMissing(context: ImportContext): void {
  inferEnrollments(context);
  inferSectionPlacements(context);
  inferCalendarDays(context);
  noteStudentsWithoutSchool(context);
}

function noteStudentsWithoutSchool(context: ImportContext): void {
  const row = context
    .statement<[number], { n: number }>(
      `SELECT count(*) AS n FROM student s WHERE s.district_id = ?
       AND NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)`,
    )
    .get(context.district);
  if (row && row.n > 0) {
    context.report.note(
      `${row.n} students have no enrollment: nothing in the export ties them to a school`,
    );
  }
}

function inferEnrollments(context: ImportContext): void {
  const existing = context.sqlite.prepare<[number, number, number], { inferred: number }>(
    `SELECT inferred FROM enrollment
     WHERE student_id = ? AND school_id = ? AND school_year_id = ?`,
  );
  const yearStart = context.sqlite.prepare<[number], { start_date: string }>(
    'SELECT start_date FROM school_year WHERE id = ?',
  );
  for (const tie of context.schoolTies.values()) {
    const found = existing.get(tie.studentId, tie.schoolId, tie.schoolYearId);
    if (found && found.inferred === 0) continue;
    // From the first day of the school's year: the export says the student
    // was there, not since when.
    let start = yearStart.get(tie.schoolYearId)?.start_date ?? '';
    for (const term of context.termsById.values()) {
      if (term.schoolId === tie.schoolId && term.schoolYearId === tie.schoolYearId) {
        if (term.startDate < start || start === '') start = term.startDate;
      }
    }
    context.write('enrollment', {
      district_id: context.district,
      student_id: tie.studentId,
      school_id: tie.schoolId,
      school_year_id: tie.schoolYearId,
      grade_level: null,
      start_date: start,
      end_date: null,
      inferred: 1,
    });
    context.report.infer('enrollments');
  }
}

function inferSectionPlacements(context: ImportContext): void {
  const existing = context.sqlite.prepare<[number, number], { inferred: number }>(
    'SELECT inferred FROM section_placement WHERE student_id = ? AND section_id = ?',
  );
  for (const tie of context.sectionTies.values()) {
    const found = existing.get(tie.studentId, tie.section.id);
    if (found && found.inferred === 0) continue;
    context.write('section_placement', {
      district_id: context.district,
      student_id: tie.studentId,
      section_id: tie.section.id,
      start_date: null,
      end_date: null,
      inferred: 1,
    });
    context.report.infer('sectionPlacements');
  }
}

const inferredCalendarSuffix = '|inferred';

/** What the calendar inference needs of an importer (the OneRoster one uses it too). */
export type CalendarWriter = Pick<ImportContext, 'sqlite' | 'district' | 'write' | 'report'>;

/**
 * Weekdays within a school's terms become instructional days, unless the
 * calendar already says what the day is (a holiday, say). A calendar whose
 * own dates already cover most of its terms' weekdays is taken as complete.
 */
export function inferCalendarDays(context: CalendarWriter): void {
  const { sqlite } = context;
  const district = context.district;
  const years = sqlite
    .prepare<[number], { school_id: number; school_year_id: number; name: string }>(
      `SELECT DISTINCT t.school_id, t.school_year_id, y.name
       FROM term t JOIN school_year y ON y.id = t.school_year_id
       WHERE t.district_id = ?`,
    )
    .all(district);
  const calendarsOf = sqlite.prepare<[number, number], { id: number; source_id: string }>(
    'SELECT id, source_id FROM calendar WHERE school_id = ? AND school_year_id = ?',
  );
  const termsOf = sqlite.prepare<[number, number], { start_date: string; end_date: string }>(
    'SELECT start_date, end_date FROM term WHERE school_id = ? AND school_year_id = ?',
  );
  const daysOf = sqlite.prepare<[number], { date: string; inferred: number }>(
    'SELECT date, inferred FROM calendar_day WHERE calendar_id = ?',
  );

  for (const year of years) {
    let calendars = calendarsOf.all(year.school_id, year.school_year_id);
    const real = calendars.filter((c) => !c.source_id.endsWith(inferredCalendarSuffix));
    if (real.length > 0) {
      dropInferredCalendars(context, calendars.filter((c) => !real.includes(c)));
      calendars = real;
    } else if (calendars.length === 0) {
      const sourceId = `${year.name}${inferredCalendarSuffix}`;
      const id = context.write('calendar', {
        district_id: district,
        school_id: year.school_id,
        school_year_id: year.school_year_id,
        source_id: sourceId,
        name: `${year.name} (inferred from terms)`,
      });
      calendars = [{ id, source_id: sourceId }];
    }
    if (calendars.some((c) => c.source_id.endsWith(inferredCalendarSuffix))) {
      context.report.infer('calendars');
    }

    const weekdays = termWeekdays(termsOf.all(year.school_id, year.school_year_id));
    for (const calendar of calendars) {
      const given = new Set(
        daysOf.all(calendar.id).filter((day) => day.inferred === 0).map((day) => day.date),
      );
      const covered = weekdays.filter((date) => given.has(date)).length;
      if (covered * 2 > weekdays.length) continue;
      for (const date of weekdays) {
        if (given.has(date)) continue;
        context.write('calendar_day', {
          district_id: district,
          calendar_id: calendar.id,
          date,
          kind: 'instructional',
          name: null,
          inferred: 1,
        });
        context.report.infer('calendarDays');
      }
    }
  }
}

/** Every Monday to Friday within the terms, in order, once. */
function termWeekdays(terms: { start_date: string; end_date: string }[]): string[] {
  const dates = new Set<string>();
  for (const term of terms) {
    const end = Temporal.PlainDate.from(term.end_date);
    let day = Temporal.PlainDate.from(term.start_date);
    while (Temporal.PlainDate.compare(day, end) <= 0) {
      if (day.dayOfWeek <= 5) dates.add(day.toString());
      day = day.add({ days: 1 });
    }
  }
  return [...dates].sort();
}

/** A school that now sends its own calendar no longer needs the made-up one. */
function dropInferredCalendars(context: CalendarWriter, calendars: { id: number }[]): void {
  for (const calendar of calendars) {
    context.sqlite.prepare('DELETE FROM calendar_day WHERE calendar_id = ?').run(calendar.id);
    context.sqlite.prepare('DELETE FROM calendar WHERE id = ?').run(calendar.id);
    context.report.note('an inferred calendar was replaced by the calendar in the export');
  }
}
