import { absenceStatuses, type AbsenceStatus } from '../../../src/api/absences.ts';
import type { PortalDb } from '../../db/database.ts';
import { parseCommand, textTable, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- absence-requests [--status submitted|approved|denied|cancelled] ' +
  '[--district ID] [--db FILE]';

/** `absence-requests [--status S] [--district ID] [--db FILE]`: a table for staff. */
export async function run(args: string[]): Promise<number> {
  const options = { status: { type: 'string' }, district: { type: 'string' } } as const;
  const parsed = parseCommand(args, options, usage);
  if (!parsed) return 2;
  const { status, district } = parsed.values;
  if (parsed.positionals.length > 0 || (status !== undefined && !isStatus(status))) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const rows = await listAbsenceRequests(db, {
      status: status as AbsenceStatus | undefined,
      districtSourceId: district,
    });
    if (rows.length === 0) {
      process.stdout.write('No absence requests.\n');
      return 0;
    }
    process.stdout.write(
      textTable(
        [
          'ID', 'Submitted', 'Status', 'Type', 'Dates', 'Time', 'Excuse', 'Students',
          'Guardian', 'Comment',
        ],
        rows,
      ),
    );
    return 0;
  });
}

function isStatus(text: string): text is AbsenceStatus {
  return (absenceStatuses as readonly string[]).includes(text);
}

/** Requests as table rows, oldest first: what staff work through. */
export async function listAbsenceRequests(
  db: PortalDb,
  filter: { status?: AbsenceStatus; districtSourceId?: string },
): Promise<string[][]> {
  let query = db
    .selectFrom('absenceRequest as r')
    .innerJoin('excuse as e', 'e.id', 'r.excuseId')
    .innerJoin('guardian as g', 'g.id', 'r.guardianId')
    .innerJoin('district as d', 'd.id', 'r.districtId')
    .select([
      'r.id', 'r.createdAt', 'r.status', 'r.kind', 'r.firstDate', 'r.lastDate', 'r.time',
      'r.comment', 'e.name as excuse', 'g.firstName', 'g.lastName',
    ]);
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (filter.districtSourceId) query = query.where('d.sourceId', '=', filter.districtSourceId);
  const requests = await query.orderBy('r.id').execute();
  const students = requests.length === 0 ? [] : await db
    .selectFrom('absenceRequestStudent as r')
    .innerJoin('student as s', 's.id', 'r.studentId')
    .innerJoin('school as sc', 'sc.id', 'r.schoolId')
    .select(['r.absenceRequestId', 's.firstName', 's.lastName', 'sc.name as school'])
    .where('r.absenceRequestId', 'in', requests.map((r) => r.id))
    .execute();
  return requests.map((r) => [
    String(r.id),
    r.createdAt.slice(0, 16).replace('T', ' '),
    r.status,
    r.kind.replace('_', ' '),
    r.firstDate === r.lastDate ? r.firstDate : `${r.firstDate}..${r.lastDate}`,
    r.time ?? '',
    r.excuse,
    students
      .filter((s) => s.absenceRequestId === r.id)
      .map((s) => `${s.firstName} ${s.lastName} (${s.school})`)
      .join('; '),
    `${r.firstName} ${r.lastName}`,
    r.comment ?? '',
  ]);
}
