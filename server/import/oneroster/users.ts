import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { isToBeDeleted, list, SkipRow } from './values.ts';

/** Roles that make a user a guardian in the portal. */
export const guardianRoles = new Set(['parent', 'guardian', 'relative']);

/**
 * What is known about users before users.csv is read: their roles from
 * roles.csv (OneRoster 1.2 and SDS) and relationships.csv (SDS), and
 * students' birth dates from demographics.csv.
 */
export interface People {
  roles: Map<string, Set<string>>;
  /** A guardian's relation to the students, from their role: parent, relative... */
  relation: Map<string, string>;
  birthDates: Map<string, { date: string; row: CsvRow; file: string; used: boolean }>;
  /** A student's grade level, for the enrollments made from roles. */
  grades: Map<string, string>;
  /** users.csv rows with agentSourcedIds, linked once every user is read. */
  agents: { userId: string; agents: string[]; line: number }[];
}

export function emptyPeople(): People {
  return {
    roles: new Map(),
    relation: new Map(),
    birthDates: new Map(),
    grades: new Map(),
    agents: [],
  };
}

export function addRole(people: People, userId: string, role: string): void {
  const roles = people.roles.get(userId) ?? new Set<string>();
  roles.add(role.toLowerCase());
  people.roles.set(userId, roles);
  if (guardianRoles.has(role.toLowerCase()) && !people.relation.has(userId)) {
    people.relation.set(userId, role.toLowerCase());
  }
}

/**
 * users.csv: a user with the role student is a student; parent, guardian
 * or relative a guardian; any other role (teacher, aide, administrator...)
 * staff. One person may be both staff and a guardian.
 */
export function user(context: OneRosterContext, people: People, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  context.once(row, `user ${sourcedId}`);
  const firstName = row.required('givenName');
  const lastName = row.required('familyName');
  for (const role of list(row.text('role'))) addRole(people, sourcedId, role);
  const roles = people.roles.get(sourcedId);
  if (!roles || roles.size === 0) {
    throw new SkipRow('no role: neither users.csv nor roles.csv gives one');
  }
  const email = row.text('email');

  if (roles.has('student')) {
    const birth = people.birthDates.get(sourcedId);
    if (birth) birth.used = true;
    const studentId = context.write('student', {
      district_id: context.district,
      source_id: sourcedId,
      first_name: firstName,
      middle_name: row.text('middleName'),
      last_name: lastName,
      preferred_name: row.text('preferredGivenName'),
      birth_date: birth?.date ?? null,
    });
    context.students.set(sourcedId, studentId);
    context.report.record('students');
    const grade = list(row.text('grades'))[0];
    if (grade) people.grades.set(sourcedId, grade);
    const orgs = [...list(row.text('orgSourcedIds')), ...list(row.text('primaryOrgSourcedId'))];
    for (const org of orgs) {
      const schoolId = context.schools.get(org);
      if (schoolId !== undefined) context.tieToSchool(studentId, schoolId, null);
    }
  }
  if ([...roles].some((role) => guardianRoles.has(role))) {
    const id = context.write('guardian', {
      district_id: context.district,
      source_id: sourcedId,
      first_name: firstName,
      last_name: lastName,
      email,
    });
    context.guardians.set(sourcedId, id);
    context.report.record('guardians');
  }
  if ([...roles].some((role) => role !== 'student' && !guardianRoles.has(role))) {
    const id = context.write('staff', {
      district_id: context.district,
      source_id: sourcedId,
      first_name: firstName,
      last_name: lastName,
      title: null,
      email,
    });
    context.staff.set(sourcedId, id);
    context.report.record('staff');
  }
  const agents = list(row.text('agentSourcedIds'));
  if (agents.length > 0) people.agents.push({ userId: sourcedId, agents, line: row.line });
}

/** demographics.csv, read before users.csv: the birth dates of students. */
export function demographic(context: OneRosterContext, people: People, row: CsvRow): void {
  if (isToBeDeleted(row.text('status'))) throw new SkipRow('status tobedeleted: not imported');
  const sourcedId = row.required('sourcedId');
  const date = row.date('birthDate');
  if (date === null) throw new SkipRow('no birthDate');
  people.birthDates.set(sourcedId, { date, row, file: context.file, used: false });
}

/**
 * Birth dates of students not in this users.csv (a delta export) go to
 * the students an earlier import made; the rest are reported.
 */
export function finishDemographics(context: OneRosterContext, people: People): void {
  const update = context.statement<[string, number, string, string], unknown>(
    `UPDATE student SET birth_date = ?
     WHERE district_id = ? AND source_id = ? AND birth_date IS NOT ?`,
  );
  for (const [sourcedId, birth] of people.birthDates) {
    if (birth.used) continue;
    context.file = birth.file;
    if (context.students.has(sourcedId)) {
      const changed = update.run(birth.date, context.district, sourcedId, birth.date).changes;
      context.report.row(changed > 0 ? 'updated' : 'unchanged');
    } else if (context.staff.has(sourcedId) || context.guardians.has(sourcedId)) {
      const reason = `user ${sourcedId} is not a student: birth dates are kept for students`;
      context.skip(birth.row, reason);
    } else {
      context.skip(birth.row, context.unknown('user', sourcedId).message);
    }
  }
}
