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
  if (isToBeDeleted(row.text('status'))) removeEnrollment(context, row);
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

/**
 * A row marked tobedeleted: the student left the class, or the teacher.
 * What an earlier import made of it is removed; the row is still reported.
 */
function removeEnrollment(context: OneRosterContext, row: CsvRow): never {
  const section = context.sections.get(row.text('classSourcedId') ?? '');
  const userId = row.text('userSourcedId') ?? '';
  const studentId = context.students.get(userId);
  const staffId = context.staff.get(userId);
  let removed = 0;
  if (section && studentId !== undefined) {
    removed += context.remove('section_placement', {
      student_id: studentId,
      section_id: section.id,
    });
  }
  if (section && staffId !== undefined) {
    removed += context.remove('section_staff', { staff_id: staffId, section_id: section.id });
  }
  throw new SkipRow(`status tobedeleted: ${removed > 0 ? 'removed' : 'not imported'}`);
}
