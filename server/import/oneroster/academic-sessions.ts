import type { OneRosterContext, Session, TermRef } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, schoolYearName, schoolYearOfDate, SkipRow } from './values.ts';

/**
 * academicSessions.csv: school years, terms and semesters, grading periods.
 * OneRoster sessions belong to the whole district, while the portal's terms
 * and grading periods belong to a school: a term is written for a school
 * when one of its classes runs in it (termAt), with the grading periods
 * under it. School years are written at once, spanning their sessions.
 */
export function academicSessions(context: OneRosterContext, rows: CsvRow[]): void {
  for (const row of rows) {
    const id = row.text('sourcedId');
    context.attempt(row, () => session(context, row), id ? `academic session ${id}` : undefined);
  }
  const spans = new Map<string, { start: string; end: string }>();
  for (const s of context.sessions.values()) {
    const span = spans.get(s.schoolYear);
    spans.set(s.schoolYear, {
      start: span && span.start < s.startDate ? span.start : s.startDate,
      end: span && span.end > s.endDate ? span.end : s.endDate,
    });
  }
  for (const [name, span] of spans) context.schoolYear(name, span.start, span.end);
}

function session(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  const type = row.required('type');
  const startDate = row.requiredDate('startDate');
  const endDate = row.requiredDate('endDate');
  if (endDate < startDate) {
    throw new SkipRow(`endDate ${endDate} is before startDate ${startDate}`);
  }
  const year = row.text('schoolYear');
  const schoolYear = year === null ? schoolYearOfDate(startDate) : schoolYearName(year);
  if (schoolYear === null) throw new SkipRow(`schoolYear "${year}" is not a year like 2023`);
  context.sessions.set(sourcedId, {
    sourcedId,
    title: row.text('title') ?? sourcedId,
    type,
    startDate,
    endDate,
    parentSourcedId: row.text('parentSourcedId'),
    schoolYear,
  });
  const kind = type.toLowerCase();
  context.report.record(
    kind === 'schoolyear' ? 'schoolYears' : kind === 'gradingperiod' ? 'gradingPeriods' : 'terms',
  );
}

/**
 * The term a class runs in, at its school: written the first time a class
 * of that school names the session, with the grading periods under it.
 */
export function termAt(context: OneRosterContext, schoolId: number, sessionId: string): TermRef {
  const key = `${schoolId}|${sessionId}`;
  const known = context.terms.get(key);
  if (known) return known;
  const session = context.sessions.get(sessionId) ?? earlierSession(context, sessionId);
  if (!session) throw context.unknown('academic session', sessionId);
  const schoolYearId = context.schoolYear(session.schoolYear);
  const id = context.write('term', {
    district_id: context.district,
    school_id: schoolId,
    school_year_id: schoolYearId,
    source_id: sessionId,
    name: session.title,
    kind: snake(session.type),
    start_date: session.startDate,
    end_date: session.endDate,
    instructional_days: null,
  });
  const term = { id, schoolId, schoolYearId };
  context.terms.set(key, term);
  context.termYears.set(id, schoolYearId);
  gradingPeriodsOf(context, session, term);
  return term;
}

/**
 * Grading periods under the term, and those of its school year that hang
 * under no term (their parent is the year itself, or missing).
 */
function gradingPeriodsOf(context: OneRosterContext, term: Session, ref: TermRef): void {
  const periods = [...context.sessions.values()]
    .filter((s) => s.type.toLowerCase() === 'gradingperiod')
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  const isTerm = (id: string | null) => {
    const parent = id === null ? undefined : context.sessions.get(id);
    const type = parent?.type.toLowerCase();
    return type !== undefined && type !== 'schoolyear' && type !== 'gradingperiod';
  };
  for (const period of periods) {
    const under = period.parentSourcedId === term.sourcedId;
    const yearOnly = !isTerm(period.parentSourcedId) && period.schoolYear === term.schoolYear;
    const key = `${ref.schoolId}|${period.sourcedId}`;
    if ((!under && !yearOnly) || (yearOnly && context.gradingPeriods.has(key))) continue;
    const siblings = periods.filter((p) => p.parentSourcedId === period.parentSourcedId);
    const id = context.write('grading_period', {
      district_id: context.district,
      school_id: ref.schoolId,
      school_year_id: ref.schoolYearId,
      term_id: under ? ref.id : null,
      source_id: period.sourcedId,
      name: period.title,
      sequence: siblings.indexOf(period) + 1,
      start_date: period.startDate,
      end_date: period.endDate,
    });
    context.gradingPeriods.set(key, id);
  }
}

/** A session an earlier import wrote, for a delta export without academicSessions.csv. */
function earlierSession(context: OneRosterContext, sessionId: string): Session | undefined {
  const row = context
    .statement<[number, string], Omit<Session, 'sourcedId' | 'parentSourcedId'>>(
      `SELECT t.name AS title, coalesce(t.kind, 'term') AS type, t.start_date AS startDate,
         t.end_date AS endDate, y.name AS schoolYear
       FROM term t JOIN school_year y ON y.id = t.school_year_id
       WHERE t.district_id = ? AND t.source_id = ? LIMIT 1`,
    )
    .get(context.district, sessionId);
  return row ? { ...row, sourcedId: sessionId, parentSourcedId: null } : undefined;
}

/** "schoolYear" as school_year, "gradingPeriod" as grading_period. */
function snake(type: string): string {
  return type
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/\W+/g, '_');
}
