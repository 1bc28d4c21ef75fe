import type { AbsenceRequest, AbsenceStatus } from '../../src/api/absences.ts';
import type { PortalDb } from '../db/database.ts';

/** A guardian's requests as the API shows them, newest first. */
export async function guardianAbsenceRequests(
  db: PortalDb,
  guardianId: number,
  filter: { id?: number; status?: AbsenceStatus } = {},
): Promise<AbsenceRequest[]> {
  let query = db
    .selectFrom('absenceRequest as r')
    .innerJoin('excuse as e', 'e.id', 'r.excuseId')
    .select([
      'r.id', 'r.kind', 'r.firstDate', 'r.lastDate', 'r.time', 'r.comment', 'r.status',
      'r.staffNote', 'r.createdAt', 'r.updatedAt', 'e.id as excuseId', 'e.name as excuseName',
    ])
    .where('r.guardianId', '=', guardianId);
  if (filter.id !== undefined) query = query.where('r.id', '=', filter.id);
  if (filter.status !== undefined) query = query.where('r.status', '=', filter.status);
  const requests = await query.orderBy('r.id', 'desc').execute();
  if (requests.length === 0) return [];

  const ids = requests.map((r) => r.id);
  const [students, changes] = await Promise.all([
    db
      .selectFrom('absenceRequestStudent')
      .select(['absenceRequestId', 'studentId', 'schoolDays'])
      .where('absenceRequestId', 'in', ids)
      .orderBy('studentId')
      .execute(),
    db
      .selectFrom('absenceRequestChange')
      .select(['absenceRequestId', 'status', 'actorKind', 'note', 'changedAt'])
      .where('absenceRequestId', 'in', ids)
      .orderBy('id')
      .execute(),
  ]);
  return requests.map((r) => ({
    id: r.id,
    kind: r.kind,
    excuse: { id: r.excuseId, name: r.excuseName },
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    time: r.time,
    comment: r.comment,
    status: r.status,
    staffNote: r.staffNote,
    students: students
      .filter((s) => s.absenceRequestId === r.id)
      .map((s) => ({ studentId: s.studentId, schoolDays: s.schoolDays })),
    // Staff are shown as "staff": their names stay in the district's records.
    history: changes
      .filter((c) => c.absenceRequestId === r.id)
      .map((c) => ({
        status: c.status as AbsenceStatus,
        by: c.actorKind,
        note: c.note,
        at: c.changedAt,
      })),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}
