import type { ImportContext } from './context.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import {
  clockTime,
  courseSourceId,
  required,
  schoolOf,
  sectionSourceId,
  sessionOf,
  SkipRecord,
  termSourceId,
  type SessionKey,
} from './references.ts';

/**
 * MasterSchedule.xml: course offerings (a course in a session, which only
 * leads a section to its course), sections with their rooms and class
 * periods, and bell schedules.
 */
export const masterSchedule: Interchange = {
  root: 'InterchangeMasterSchedule',
  records: {
    CourseOffering: courseOffering,
    Section: section,
    BellSchedule: bellSchedule,
  },
};

function offeringKey(context: ImportContext, session: SessionKey, localCode: string): string {
  const schoolId = context.school(session.schoolId);
  return `${schoolId}|${termSourceId(session.schoolYear, session.sessionName)}|${localCode}`;
}

function courseOffering(record: XmlElement, context: ImportContext): void {
  const localCode = required(record, 'LocalCourseCode');
  const session = sessionOf(record.find('SessionReference'));
  context.term(session);
  const course = record.find('CourseReference/CourseIdentity');
  const code = course?.value('CourseCode');
  const owner = course?.value(
    'EducationOrganizationReference/EducationOrganizationIdentity/EducationOrganizationId',
  );
  if (!session || !code || !owner) throw new SkipRecord('no CourseReference');
  const courseId = context.courses.get(courseSourceId(owner, code));
  if (courseId === undefined) throw new SkipRecord(`unknown course ${code}`);
  context.courseOfferings.set(offeringKey(context, session, localCode), courseId);
}

/** The offering's course, or a course of the same code when the export lacks the offering. */
function courseOf(context: ImportContext, session: SessionKey, localCode: string): number {
  const offered = context.courseOfferings.get(offeringKey(context, session, localCode));
  const course =
    offered ??
    context.courses.get(courseSourceId(session.schoolId, localCode)) ??
    context.courses.get(courseSourceId(context.districtSourceId ?? '', localCode));
  if (course === undefined) {
    throw new SkipRecord(`unknown course offering ${localCode} in "${session.sessionName}"`);
  }
  return course;
}

function section(record: XmlElement, context: ImportContext): void {
  const identifier = required(record, 'SectionIdentifier');
  const offering = record.find('CourseOfferingReference/CourseOfferingIdentity');
  const localCode = offering?.value('LocalCourseCode');
  const session = sessionOf(offering?.find('SessionReference'));
  if (!offering || !localCode || !session) throw new SkipRecord('no CourseOfferingReference');
  const term = context.term(session);
  const schoolId = context.school(schoolOf(offering.find('SchoolReference')) ?? session.schoolId);
  const sourceId = sectionSourceId({
    session,
    localCourseCode: localCode,
    sectionIdentifier: identifier,
  });
  const id = context.write('section', {
    district_id: context.district,
    school_id: schoolId,
    course_id: courseOf(context, session, localCode),
    term_id: term.id,
    source_id: sourceId,
    name: record.value('SectionName'),
    room: record.value('LocationReference/LocationIdentity/ClassroomIdentificationCode'),
  });
  context.sections.set(`${schoolId}|${sourceId}`, { id, schoolId, termId: term.id });
  context.report.record('sections');

  for (const reference of record.findAll('ClassPeriodReference/ClassPeriodIdentity')) {
    const periodSchool = schoolOf(reference.find('SchoolReference'));
    const periodSchoolId = periodSchool ? context.school(periodSchool) : schoolId;
    const name = reference.value('ClassPeriodName');
    const periodId = context.periods.get(`${periodSchoolId}|${name}`);
    if (periodId === undefined) {
      context.report.skip(
        context.file,
        reference.line,
        `unknown class period "${name ?? ''}" (section ${identifier} kept without it)`,
      );
      continue;
    }
    context.write('section_period', {
      district_id: context.district,
      section_id: id,
      period_id: periodId,
    });
  }
}

function bellSchedule(record: XmlElement, context: ImportContext): void {
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const name = required(record, 'BellScheduleName');
  const id = context.write('bell_schedule', {
    district_id: context.district,
    school_id: schoolId,
    source_id: name,
    name,
    start_time: clockTime(record.value('StartTime')),
    end_time: clockTime(record.value('EndTime')),
  });
  context.report.record('bellSchedules');

  for (const reference of record.findAll('ClassPeriodReference/ClassPeriodIdentity')) {
    const name = reference.value('ClassPeriodName');
    const periodId = context.periods.get(`${schoolId}|${name}`);
    if (periodId === undefined) {
      const reason = `unknown class period "${name ?? ''}" in bell schedule`;
      context.report.skip(context.file, reference.line, reason);
      continue;
    }
    context.write('bell_schedule_period', {
      district_id: context.district,
      bell_schedule_id: id,
      period_id: periodId,
    });
  }
}
