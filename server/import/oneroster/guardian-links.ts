import type { OneRosterContext } from './context.ts';
import type { CsvRow } from './csv.ts';
import { addRole, guardianRoles, type People } from './users.ts';
import { SkipRow } from './values.ts';

/**
 * Guardians and their students: through agentSourcedIds in users.csv (a
 * parent's agents are their children, a student's agents their parents),
 * and through relationships.csv in School Data Sync folders. Each link is
 * made with portal access; the district can turn it off in the portal.
 */

/** relationships.csv, read before users.csv: who is a guardian. */
export function relationshipRole(people: People, row: CsvRow): void {
  const guardianId = row.text('relationshipUserSourcedId');
  const role = row.text('relationshipRole')?.toLowerCase();
  // Any relationship (aunt, grandparent...) makes a guardian of the person.
  if (guardianId && role) addRole(people, guardianId, guardianRoles.has(role) ? role : 'relative');
}

/** One relationships.csv row, once every user is read. */
export function relationship(context: OneRosterContext, row: CsvRow, links: Set<string>): void {
  const studentId = context.student(row.required('userSourcedId'));
  const guardianSourceId = row.required('relationshipUserSourcedId');
  const guardianId = context.guardians.get(guardianSourceId);
  if (guardianId === undefined) throw context.unknown('user', guardianSourceId);
  const relation = snake(row.required('relationshipRole'));
  if (!link(context, links, guardianId, studentId, relation)) {
    throw new SkipRow('the same guardian and student are linked already');
  }
}

/** The links agentSourcedIds make, once every user is read. */
export function linkAgents(context: OneRosterContext, people: People, links: Set<string>): void {
  const strays: string[] = [];
  for (const { userId, agents, line } of people.agents) {
    const asGuardian = context.guardians.get(userId);
    const asStudent = context.students.get(userId);
    for (const agent of agents) {
      const student = context.students.get(agent);
      const guardian = context.guardians.get(agent);
      if (asGuardian !== undefined && student !== undefined) {
        link(context, links, asGuardian, student, people.relation.get(userId) ?? 'guardian');
      } else if (asStudent !== undefined && guardian !== undefined) {
        link(context, links, guardian, asStudent, people.relation.get(agent) ?? 'guardian');
      } else if (asGuardian !== undefined || asStudent !== undefined) {
        strays.push(`${context.file}:${line} (${agent})`);
      }
    }
  }
  if (strays.length > 0) {
    const shown = strays.slice(0, 5).join(', ') + (strays.length > 5 ? ', ...' : '');
    context.report.note(
      `agentSourcedIds not linked (not a guardian of a student, nor a student of a ` +
        `guardian): ${shown}`,
    );
  }
}

function link(
  context: OneRosterContext,
  links: Set<string>,
  guardianId: number,
  studentId: number,
  relation: string,
): boolean {
  const key = `${guardianId}|${studentId}`;
  if (links.has(key)) return false;
  links.add(key);
  context.write('guardian_student', {
    district_id: context.district,
    guardian_id: guardianId,
    student_id: studentId,
    relation,
    portal_access: 1,
    lives_with: null,
    emergency_contact: null,
  });
  context.report.record('guardianLinks');
  return true;
}

function snake(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/\W+/g, '_');
}
