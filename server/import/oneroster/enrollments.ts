import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, SkipRow } from './values.ts';

/** Enrollment roles of the people who teach a class, as section_staff.role. */
const staffRoles: Record<string, string> = {
  teacher: 'teacher',
  professor: 'teacher',
  aide: 'assistant',
  teacherassistant: 'assistant',
  proctor: 'proctor',
  administrator: 'administrator',
};

/**
 * enrollments.csv: a student in a class is a section placement (and ties
 * the student to the class's school for the year); a teacher or aide in a
 * class is one of the section's staff.
 */
export function enrollment(context: OneRosterContext, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const section = context.section(row.required('classSourcedId'));
  const userId = row.required('userSourcedId');
  const role = row.required('role').toLowerCase();
  context.once(row, `class ${row.required('classSourcedId')} and user ${userId}`);
  if (role === 'student') {
    const studentId = context.student(userId);
    context.write('section_placement', {
      district_id: context.district,
      student_id: studentId,
      section_id: section.id,
      start_date: row.date('beginDate'),
      end_date: row.date('endDate'),
      inferred: 0,
    });
    const year = context.termYears.get(section.termId) ?? null;
    context.tieToSchool(studentId, section.schoolId, year);
    context.report.record('sectionPlacements');
    return;
  }
  const staffId = context.staff.get(userId);
  if (staffId === undefined) {
    if (context.students.has(userId) || context.guardians.has(userId)) {
      throw new SkipRow(`user ${userId} is not staff, yet enrolled as ${role}`);
    }
    throw context.unknown('user', userId);
  }
  context.write('section_staff', {
    district_id: context.district,
    section_id: section.id,
    staff_id: staffId,
    role: staffRoles[role] ?? role,
  });
  context.report.record('sectionStaff');
}
