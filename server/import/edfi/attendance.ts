import type { ImportContext, TermRef } from './context.ts';
import { attendanceTerms, codeValue, type AttendanceTerms } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import {
  clockTime,
  number,
  required,
  requiredDate,
  schoolOf,
  sectionOf,
  sectionSourceId,
  sessionOf,
  SkipRecord,
  studentOf,
  termSourceId,
} from './references.ts';

/**
 * StudentAttendance interchanges: school (daily) and section (per class)
 * attendance events. An event also says the student attends the school,
 * which an export without StudentEnrollment lacks.
 *
 * Ed-Fi's key for an event includes its category, so a district that turns
 * an unexcused absence into an excused one sends a new event; the old one
 * stays until the district deletes it.
 * TODO: remove events that a full export no longer has.
 */
export const attendanceInterchange: Interchange = {
  root: 'InterchangeStudentAttendance',
  records: {
    StudentSchoolAttendanceEvent: schoolEvent,
    StudentSectionAttendanceEvent: sectionEvent,
  },
};

interface EventBase {
  category: AttendanceTerms;
  code: string;
  date: string;
  reason: string | null;
}

function eventBase(record: XmlElement): EventBase {
  const descriptor = required(
    record,
    'AttendanceEvent/AttendanceEventCategory',
    'AttendanceEventCategory',
  );
  const reason = record.value('AttendanceEvent/AttendanceEventReason');
  const category = attendanceTerms(descriptor, reason);
  const code = codeValue(descriptor) ?? descriptor;
  if (!category) throw new SkipRecord(`unknown attendance category "${code}"`);
  const date = requiredDate(record, 'AttendanceEvent/EventDate', 'EventDate');
  return { category, code, date, reason };
}

/** EventDuration is the part of the day: 1 a whole day, 0.5 half. */
function dayFraction(record: XmlElement): number | null {
  const duration = number(record.value('AttendanceEvent/EventDuration'));
  return duration !== null && duration >= 0 && duration <= 1 ? duration : null;
}

function schoolEvent(record: XmlElement, context: ImportContext): void {
  const base = eventBase(record);
  const studentSource = studentOf(record.find('StudentReference'));
  const studentId = context.student(studentSource);
  const schoolSource = schoolOf(record.find('SchoolReference'));
  const schoolId = context.school(schoolSource);
  const session = sessionOf(record.find('SessionReference'));
  if (!session) throw new SkipRecord('no SessionReference');
  const term = termOf(context, schoolId, session.schoolYear, session.sessionName, base.date);
  const schoolYearId = term?.schoolYearId ?? context.schoolYear(session.schoolYear);
  context.write('attendance_event', {
    ...columns(record, base, 'SchoolAttendanceDuration'),
    district_id: context.district,
    student_id: studentId,
    school_id: schoolId,
    section_id: null,
    term_id: term?.id ?? null,
    source_id: [
      'school',
      studentSource,
      schoolSource,
      termSourceId(session.schoolYear, session.sessionName),
      base.date,
      base.code,
    ].join('|'),
  });
  context.tieToSchool(studentId, schoolId, schoolYearId);
  context.report.record('attendanceEvents');
}

function sectionEvent(record: XmlElement, context: ImportContext): void {
  const base = eventBase(record);
  const studentSource = studentOf(record.find('StudentReference'));
  const studentId = context.student(studentSource);
  const section = context.section(record.find('SectionReference'));
  const key = sectionOf(record.find('SectionReference'));
  context.write('attendance_event', {
    ...columns(record, base, 'SectionAttendanceDuration'),
    district_id: context.district,
    student_id: studentId,
    school_id: section.schoolId,
    section_id: section.id,
    term_id: section.termId,
    source_id: [
      'section',
      studentSource,
      key ? sectionSourceId(key) : section.id,
      base.date,
      base.code,
    ].join('|'),
  });
  context.tieToSection(studentId, section);
  context.report.record('attendanceEvents');
}

function columns(record: XmlElement, base: EventBase, durationElement: string) {
  return {
    date: base.date,
    category: base.category.category,
    excuse: base.category.excuse,
    code: base.code,
    comment: base.reason,
    arrival_time: clockTime(record.value('ArrivalTime')),
    departure_time: clockTime(record.value('DepartureTime')),
    minutes: number(record.value(durationElement)),
    day_fraction: dayFraction(record),
  };
}

/** The session's term; without the calendar, the school's term on that date. */
function termOf(
  context: ImportContext,
  schoolId: number,
  schoolYear: string,
  sessionName: string,
  date: string,
): TermRef | null {
  const named = context.terms.get(`${schoolId}|${termSourceId(schoolYear, sessionName)}`);
  if (named) return named;
  for (const term of context.termsById.values()) {
    if (term.schoolId === schoolId && term.startDate <= date && date <= term.endDate) return term;
  }
  return null;
}
