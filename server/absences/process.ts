import type { PortalDb } from '../db/database.ts';
import { notify, type NotifyOptions } from '../notifications/create.ts';
import { changeStatus } from './status.ts';

export type Decision = 'approve' | 'deny';

/**
 * Staff approve or deny a submitted request (the admin command); the
 * guardian gets a notification (and a push) for each student on it, linked
 * to the request.
 */
export async function processAbsenceRequest(
  db: PortalDb,
  requestId: number,
  decision: Decision,
  options: NotifyOptions & { note: string | null; by: string },
) {
  const status = decision === 'approve' ? 'approved' : 'denied';
  const { guardianId } = await changeStatus(db, {
    requestId,
    status,
    actorKind: 'staff',
    actor: options.by,
    note: options.note,
    now: options.now,
  });
  const request = await db
    .selectFrom('absenceRequest')
    .select(['firstDate', 'lastDate', 'kind'])
    .where('id', '=', requestId)
    .executeTakeFirstOrThrow();
  const students = await db
    .selectFrom('absenceRequestStudent as r')
    .innerJoin('student as s', 's.id', 'r.studentId')
    .select(['s.firstName', 's.preferredName'])
    .where('r.absenceRequestId', '=', requestId)
    .orderBy('s.firstName')
    .execute();
  const names = students.map((s) => s.preferredName ?? s.firstName).join(', ');
  return notify(
    db,
    [
      {
        guardianId,
        kind: 'absence_request_processed',
        params: {
          requestId,
          status,
          student: names,
          kind: request.kind,
          firstDate: request.firstDate,
          lastDate: request.lastDate,
          note: options.note,
        },
        link: `/absence-requests/${requestId}`,
      },
    ],
    options,
  );
}
