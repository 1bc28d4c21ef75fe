import type { ImportContext, SectionRef } from './context.ts';
import { codeValue, scoreFlags } from './descriptors.ts';
import type { Interchange } from './interchange.ts';
import type { XmlElement } from './reader.ts';
import {
  isoDate,
  number,
  required,
  schoolOf,
  schoolYearName,
  SkipRecord,
  studentOf,
} from './references.ts';

/**
 * StudentGradebook.xml: gradebook entries become assignments, student
 * gradebook entries their scores. A score also says the student is in the
 * assignment's section, which an export without StudentEnrollment lacks.
 */
export const studentGradebook: Interchange = {
  root: 'InterchangeStudentGradebook',
  records: {
    GradebookEntry: gradebookEntry,
    StudentGradebookEntry: studentGradebookEntry,
  },
};

function assignmentSourceId(identity: XmlElement): string {
  const identifier = required(identity, 'GradebookEntryIdentifier');
  return `${identity.value('Namespace') ?? ''}|${identifier}`;
}

function gradebookEntry(record: XmlElement, context: ImportContext): void {
  const sourceId = assignmentSourceId(record);
  const section = context.section(record.find('SectionReference'));
  const assigned = isoDate(record.value('DateAssigned'), 'DateAssigned');
  const due = isoDate(record.value('DueDate'), 'DueDate');
  const assignmentId = context.write('assignment', {
    district_id: context.district,
    section_id: section.id,
    grading_period_id: gradingPeriodOf(context, record, section, due ?? assigned),
    source_id: sourceId,
    title: required(record, 'Title'),
    description: record.value('Description'),
    category: codeValue(record.value('GradebookEntryType')),
    assigned_date: assigned,
    due_date: due,
    points_possible: number(record.value('MaxPoints')),
  });
  context.assignments.set(sourceId, { ...section, assignmentId });
  context.report.record('assignments');
}

/** The grading period the entry names, else the one its date falls in. */
function gradingPeriodOf(
  context: ImportContext,
  record: XmlElement,
  section: SectionRef,
  date: string | null,
): number | null {
  const identity = record.find('GradingPeriodReference/GradingPeriodIdentity');
  const name = identity?.value('GradingPeriodName');
  const year = schoolYearName(identity?.value('SchoolYear') ?? null);
  if (identity && name && year) {
    const school = schoolOf(identity.find('SchoolReference'));
    const schoolId = school ? context.school(school) : section.schoolId;
    const named = context.gradingPeriods.get(`${schoolId}|${year}|${name}`);
    if (named !== undefined) return named;
  }
  if (date === null) return null;
  const found = context
    .statement<[number, number, string, string], { id: number }>(
      `SELECT id FROM grading_period
       WHERE school_id = ? AND (term_id = ? OR term_id IS NULL)
         AND start_date <= ? AND end_date >= ?
       ORDER BY start_date LIMIT 1`,
    )
    .get(section.schoolId, section.termId, date, date);
  return found?.id ?? null;
}

function studentGradebookEntry(record: XmlElement, context: ImportContext): void {
  const identity = record.find('GradebookEntryReference/GradebookEntryIdentity');
  if (!identity) throw new SkipRecord('no GradebookEntryReference');
  const sourceId = assignmentSourceId(identity);
  const assignment = context.assignments.get(sourceId);
  if (!assignment) {
    throw new SkipRecord(`unknown gradebook entry ${identity.value('GradebookEntryIdentifier')}`);
  }
  const studentReference =
    record.find('StudentReference') ??
    record.find(
      'StudentSectionAssociationReference/StudentSectionAssociationIdentity/StudentReference',
    );
  const studentId = context.student(studentOf(studentReference));
  const points = number(record.value('PointsEarned') ?? record.value('NumericGradeEarned'));
  const mark = record.value('LetterGradeEarned');
  const flags = scoreFlags(
    record.value('SubmissionStatus'),
    record.value('AssignmentLateStatus'),
    points !== null || mark !== null,
  );
  context.write('score', {
    district_id: context.district,
    assignment_id: assignment.assignmentId,
    student_id: studentId,
    points,
    mark,
    comment: record.value('DiagnosticStatement'),
    missing: flags.missing,
    late: flags.late,
    turned_in: flags.turnedIn,
    dropped: flags.dropped,
    incomplete: flags.incomplete,
    exempt: flags.exempt,
    scored_at: isoDate(record.value('DateFulfilled'), 'DateFulfilled'),
  });
  context.tieToSection(studentId, assignment);
  context.report.record('scores');
}
