import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { addRole, type People } from './users.ts';
import { isToBeDeleted, schoolYearOfDate, SkipRow } from './values.ts';

/**
 * roles.csv (OneRoster 1.2, School Data Sync 2.1): a user's role at an org.
 * Read before users.csv, since 1.2 users carry no role of their own.
 */
export function roleOf(people: People, row: CsvRow): void {
  const userId = row.text('userSourcedId');
  const role = row.text('role');
  if (userId && role && !isToBeDeleted(row.text('status'))) addRole(people, userId, role);
}

/**
 * Once users are read, a student's role at a school becomes their
 * enrollment there: the school year from the role's session (SDS) or its
 * begin date. A role with neither only ties the student to the school.
 */
export function enrollmentFromRole(
  context: OneRosterContext,
  people: People,
  row: CsvRow,
): void {
  if (row.text('role')?.toLowerCase() !== 'student') return;
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const userId = row.required('userSourcedId');
  const studentId = context.student(userId);
  const org = row.required('orgSourcedId');
  const schoolId = context.schools.get(org);
  // A student's role at the district says nothing about a school.
  if (schoolId === undefined) {
    if (context.skippedIds.has(`org ${org}`)) return;
    throw context.unknown('org', org);
  }
  const sessionId = row.text('sessionSourcedId');
  const session = sessionId === null ? undefined : context.sessions.get(sessionId);
  if (sessionId !== null && !session) throw context.unknown('academic session', sessionId);
  const begin = row.date('beginDate');
  const yearName = session?.schoolYear ?? (begin === null ? null : schoolYearOfDate(begin));
  if (yearName === null) {
    context.tieToSchool(studentId, schoolId, null);
    return;
  }
  const schoolYearId = context.schoolYear(yearName);
  const yearStart = context
    .statement<[number], { start_date: string }>('SELECT start_date FROM school_year WHERE id = ?')
    .get(schoolYearId)?.start_date;
  context.write('enrollment', {
    district_id: context.district,
    student_id: studentId,
    school_id: schoolId,
    school_year_id: schoolYearId,
    grade_level: row.text('grade') ?? people.grades.get(userId) ?? null,
    start_date: begin ?? session?.startDate ?? yearStart ?? `${yearName.slice(0, 4)}-07-01`,
    end_date: row.date('endDate'),
    inferred: 0,
  });
  context.report.record('enrollments');
}
