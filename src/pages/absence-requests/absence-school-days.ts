import type { SessionResponse } from '../../api/account.ts';
import type { Enrollment } from '../../api/entities.ts';
import { studentName } from '../../app/student-context.ts';
import type { PortalDb } from '../../data/db.ts';
import type { AbsenceForm, FormProblems } from './absence-validation.ts';

type SessionStudent = SessionResponse['students'][number];

/**
 * Whether `date` is a school day for a student, by the device's calendars,
 * the way the server judges it: a date is one when a calendar of the
 * student's school for that school year lists it as instructional.
 * `unknown` when the device cannot tell (no enrollment on that date, or its
 * calendars list no instructional day yet: not synced): the server decides.
 */
export async function schoolDayOn(
  db: PortalDb,
  studentId: number,
  date: string,
): Promise<'yes' | 'no' | 'unknown'> {
  const enrollment = enrollmentOn(await db.enrollments.where('studentId').equals(studentId).toArray(), date);
  if (!enrollment) return 'unknown';
  const calendars = await db.calendars
    .where('[schoolId+schoolYearId]')
    .equals([enrollment.schoolId, enrollment.schoolYearId])
    .toArray();
  let listsSchoolDays = false;
  for (const calendar of calendars) {
    const days = await db.calendarDays.where('calendarId').equals(calendar.id).toArray();
    const instructional = days.filter((day) => day.kind === 'instructional');
    if (instructional.some((day) => day.date === date)) return 'yes';
    listsSchoolDays ||= instructional.length > 0;
  }
  return listsSchoolDays ? 'no' : 'unknown';
}

/** The enrollment covering the date, the latest begun if several do (as the server picks). */
function enrollmentOn(enrollments: readonly Enrollment[], date: string): Enrollment | undefined {
  return enrollments
    .filter((e) => e.startDate <= date && (e.endDate === null || e.endDate >= date))
    .sort((a, b) => b.startDate.localeCompare(a.startDate))[0];
}

/**
 * The form's days that the device knows are no school day for a chosen
 * student, checked before queueing so the person need not wait for the
 * server's refusal; the days the device cannot judge go to the server.
 */
export async function schoolDayProblems(
  db: PortalDb,
  form: AbsenceForm,
  students: readonly SessionStudent[],
): Promise<FormProblems> {
  const problems: FormProblems = {};
  const days: Array<['firstDate' | 'lastDate', string]> = [['firstDate', form.firstDate]];
  const last = form.lastDate || form.firstDate;
  if (form.kind === 'full_day' && last !== form.firstDate) days.push(['lastDate', last]);
  for (const studentId of form.studentIds) {
    for (const [field, date] of days) {
      if (problems[field] || (await schoolDayOn(db, studentId, date)) !== 'no') continue;
      const student = students.find((s) => s.id === studentId);
      problems[field] = {
        key: 'validation.notSchoolDay',
        name: student ? studentName(student) : String(studentId),
      };
    }
  }
  return problems;
}
