import type { ImportContext } from './context.ts';
import { codeValue } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import { isoDate, requiredDate, schoolOf, schoolYearName, studentOf } from './references.ts';

/**
 * StudentEnrollment.xml, where a district sends it: school and section
 * memberships as the SIS has them. These win over the inferred ones.
 */
export const studentEnrollment: Interchange = {
  root: 'InterchangeStudentEnrollment',
  records: {
    StudentSchoolAssociation: schoolAssociation,
    StudentSectionAssociation: sectionAssociation,
  },
};

/** A school year starts in July: 2021-08-23 is in 2021-2022. */
function schoolYearOfDate(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

function schoolAssociation(record: XmlElement, context: ImportContext): void {
  const studentId = context.student(studentOf(record.find('StudentReference')));
  const schoolId = context.school(schoolOf(record.find('SchoolReference')));
  const start = requiredDate(record, 'EntryDate', 'EntryDate');
  const year =
    schoolYearName(record.value('SchoolYear')) ?? schoolYearOfDate(start);
  context.write('enrollment', {
    district_id: context.district,
    student_id: studentId,
    school_id: schoolId,
    school_year_id: context.schoolYear(year),
    grade_level: codeValue(record.value('EntryGradeLevel')),
    start_date: start,
    end_date: isoDate(record.value('ExitWithdrawDate'), 'ExitWithdrawDate'),
    inferred: 0,
  });
  context.report.record('enrollments');
}

function sectionAssociation(record: XmlElement, context: ImportContext): void {
  const studentId = context.student(studentOf(record.find('StudentReference')));
  const section = context.section(record.find('SectionReference'));
  context.write('section_placement', {
    district_id: context.district,
    student_id: studentId,
    section_id: section.id,
    start_date: isoDate(record.value('BeginDate'), 'BeginDate'),
    end_date: isoDate(record.value('EndDate'), 'EndDate'),
    inferred: 0,
  });
  // The school membership follows from the section, if the export lacks it.
  context.tieToSection(studentId, section);
  context.sectionTies.delete(`${studentId}|${section.id}`);
  context.report.record('sectionPlacements');
}
