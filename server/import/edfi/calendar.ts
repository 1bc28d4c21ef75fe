import type { ImportContext } from './context.ts';
import { calendarDayKind, codeValue } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import {
  number,
  required,
  requiredDate,
  requiredSchoolYear,
  schoolOf,
  schoolYearName,
  SkipRecord,
  termSourceId,
} from './references.ts';

/**
 * EducationOrgCalendar.xml: sessions (our terms), grading periods,
 * calendars and calendar dates. School years have no record of their own
 * in Ed-Fi; each spans the sessions that name it.
 */
export const educationOrgCalendar: Interchange = {
  root: 'InterchangeEducationOrgCalendar',
  bufferedOrder: ['Session', 'GradingPeriod', 'Calendar', 'CalendarDate'],
  before: schoolYears,
  records: {
    Session: session,
    GradingPeriod: gradingPeriod,
    Calendar: calendar,
    CalendarDate: calendarDate,
  },
};

/** Grading periods that sessions name, by XML id or by school|year|name. */
const termOfGradingPeriod = new WeakMap<ImportContext, Map<string, number>>();

function schoolYears(records: XmlElement[], context: ImportContext): void {
  if (context.districtId === null) return;
  const spans = new Map<string, { start: string; end: string }>();
  for (const record of records) {
    if (record.name !== 'Session') continue;
    const name = schoolYearName(record.value('SchoolYear'));
    const start = record.value('BeginDate');
    const end = record.value('EndDate');
    if (!name || !start || !end) continue;
    const span = spans.get(name);
    spans.set(name, {
      start: span && span.start < start ? span.start : start,
      end: span && span.end > end ? span.end : end,
    });
  }
  for (const [name, span] of spans) {
    context.schoolYear(name, span.start, span.end);
    context.report.record('schoolYears');
  }
}

function session(record: XmlElement, context: ImportContext): void {
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const year = requiredSchoolYear(record, 'SchoolYear');
  const name = required(record, 'SessionName');
  const start = requiredDate(record, 'BeginDate', 'BeginDate');
  const end = requiredDate(record, 'EndDate', 'EndDate');
  if (end < start) throw new SkipRecord(`EndDate ${end} is before BeginDate ${start}`);
  const schoolYearId = context.schoolYear(year);
  const sourceId = termSourceId(year, name);
  const id = context.write('term', {
    district_id: context.district,
    school_id: schoolId,
    school_year_id: schoolYearId,
    source_id: sourceId,
    name,
    kind: codeValue(record.value('Term'))?.toLowerCase().replace(/\W+/g, '_') ?? null,
    start_date: start,
    end_date: end,
    instructional_days: number(record.value('TotalInstructionalDays')),
  });
  context.addTerm(sourceId, { id, schoolId, schoolYearId, startDate: start, endDate: end });
  context.report.record('terms');

  let named = termOfGradingPeriod.get(context);
  if (!named) termOfGradingPeriod.set(context, (named = new Map()));
  for (const reference of record.findAll('GradingPeriodReference')) {
    const ref = reference.attributes.ref;
    if (ref) named.set(ref, id);
    const gradingPeriod = reference.value('GradingPeriodIdentity/GradingPeriodName');
    if (gradingPeriod) named.set(`${schoolId}|${year}|${gradingPeriod}`, id);
  }
}

function gradingPeriod(record: XmlElement, context: ImportContext): void {
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const year = requiredSchoolYear(record, 'SchoolYear');
  const name =
    record.value('GradingPeriodName') ?? codeValue(required(record, 'GradingPeriod'));
  if (!name) throw new SkipRecord('no GradingPeriodName');
  const start = requiredDate(record, 'BeginDate', 'BeginDate');
  const end = requiredDate(record, 'EndDate', 'EndDate');
  const schoolYearId = context.schoolYear(year);
  const named = termOfGradingPeriod.get(context);
  const xmlId = record.attributes.id;
  const termId =
    (xmlId ? named?.get(xmlId) : undefined) ??
    named?.get(`${schoolId}|${year}|${name}`) ??
    termContaining(context, schoolId, schoolYearId, start, end);
  const sourceId = `${year}|${name}`;
  const id = context.write('grading_period', {
    district_id: context.district,
    school_id: schoolId,
    school_year_id: schoolYearId,
    term_id: termId ?? null,
    source_id: sourceId,
    name,
    sequence: number(record.value('PeriodSequence')) ?? 0,
    start_date: start,
    end_date: end,
  });
  context.gradingPeriods.set(`${schoolId}|${sourceId}`, id);
  context.report.record('gradingPeriods');
}

function termContaining(
  context: ImportContext,
  schoolId: number,
  schoolYearId: number,
  start: string,
  end: string,
): number | undefined {
  for (const term of context.termsById.values()) {
    if (term.schoolId !== schoolId || term.schoolYearId !== schoolYearId) continue;
    if (term.startDate <= start && end <= term.endDate) return term.id;
  }
  return undefined;
}

function calendar(record: XmlElement, context: ImportContext): void {
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const year = requiredSchoolYear(record, 'SchoolYear');
  const code = required(record, 'CalendarCode');
  const sourceId = `${year}|${code}`;
  const id = context.write('calendar', {
    district_id: context.district,
    school_id: schoolId,
    school_year_id: context.schoolYear(year),
    source_id: sourceId,
    name: code,
  });
  context.calendars.set(`${schoolId}|${sourceId}`, id);
  context.report.record('calendars');
}

function calendarDate(record: XmlElement, context: ImportContext): void {
  const identity = record.find('CalendarReference/CalendarIdentity');
  const code = identity?.value('CalendarCode') ?? null;
  const year = schoolYearName(identity?.value('SchoolYear') ?? null);
  if (!identity || !code || !year) throw new SkipRecord('no CalendarReference');
  const schoolId = context.school(schoolOf(identity.find('SchoolReference')));
  const calendarId = context.calendars.get(`${schoolId}|${year}|${code}`);
  if (calendarId === undefined) throw new SkipRecord(`unknown calendar ${code}`);
  const events = record.findAll('CalendarEvent').map((event) => event.text.trim());
  if (events.length === 0) throw new SkipRecord('no CalendarEvent');
  const kind = calendarDayKind(events);
  context.write('calendar_day', {
    district_id: context.district,
    calendar_id: calendarId,
    date: requiredDate(record, 'Date', 'Date'),
    kind,
    name:
      kind === 'instructional'
        ? null
        : codeValue(events.find((event) => calendarDayKind([event]) === kind) ?? null),
    inferred: 0,
  });
  context.report.record('calendarDays');
}
