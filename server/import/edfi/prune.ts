import type { ImportedTable } from '../tables.ts';
import type { ImportContext } from './context.ts';

/**
 * With --prune the export is taken as complete: a guardian link, a
 * teacher's section, an attendance event or a score that the SIS no longer
 * sends is deleted (the triggers leave tombstones, so devices drop it too).
 * Without this a guardian whose link the district removed would keep
 * seeing the student.
 *
 * Only rows that nothing else refers to are pruned, and a table only when
 * the interchange that feeds it was read whole, with no record skipped: a
 * bad or cut-off file must not delete what it failed to say.
 */
const prunable: { table: ImportedTable; root: string; where?: string }[] = [
  { table: 'guardian_student', root: 'InterchangeContact' },
  { table: 'section_staff', root: 'InterchangeStaffAssociation' },
  { table: 'section_period', root: 'InterchangeMasterSchedule' },
  { table: 'bell_schedule_period', root: 'InterchangeMasterSchedule' },
  { table: 'score', root: 'InterchangeStudentGradebook' },
  { table: 'attendance_event', root: 'InterchangeStudentAttendance' },
  // Inferred memberships are kept: what they came from may be in no file.
  { table: 'enrollment', root: 'InterchangeStudentEnrollment', where: 'inferred = 0' },
  { table: 'section_placement', root: 'InterchangeStudentEnrollment', where: 'inferred = 0' },
];

/**
 * @param complete for each interchange read, whether it was read whole
 *   and without a skipped record
 */
export function pruneMissing(context: ImportContext, complete: Map<string, boolean>): void {
  for (const { table, root, where } of prunable) {
    const whole = complete.get(root);
    if (whole === undefined) continue;
    if (!whole) {
      context.report.note(`${table} not pruned: its file had records skipped or was cut off`);
      continue;
    }
    const kept = JSON.stringify([...(context.written.get(table) ?? [])]);
    const result = context.sqlite
      .prepare(
        `DELETE FROM ${table}
         WHERE district_id = ? ${where ? `AND ${where}` : ''}
           AND id NOT IN (SELECT value FROM json_each(?))`,
      )
      .run(context.district, kept);
    context.report.removed += result.changes;
  }
}
