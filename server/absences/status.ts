import type { AbsenceStatus } from '../../src/api/absences.ts';
import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

export interface StatusChange {
  requestId: number;
  status: Exclude<AbsenceStatus, 'submitted'>;
  actorKind: 'guardian' | 'staff';
  actor: string;
  note: string | null;
  now: Date;
  /** Only a request of this guardian (the guardian's own cancel). */
  guardianId?: number;
}

/**
 * Moves a submitted request to its final status and records who did it.
 * Only a submitted request changes (the UPDATE's WHERE makes a race
 * between a guardian's cancel and staff's decision come out as one of them).
 * Answers the request's guardian and district.
 */
export async function changeStatus(db: PortalDb, change: StatusChange) {
  return db.transaction().execute(async (trx) => {
    let find = trx
      .selectFrom('absenceRequest')
      .select(['id', 'status', 'guardianId', 'districtId'])
      .where('id', '=', change.requestId);
    if (change.guardianId !== undefined) find = find.where('guardianId', '=', change.guardianId);
    const request = await find.executeTakeFirst();
    if (!request) throw new ApiProblem(404, 'not_found', 'No such absence request.');

    const at = change.now.toISOString();
    const updated = await trx
      .updateTable('absenceRequest')
      .set({
        status: change.status,
        updatedAt: at,
        ...(change.actorKind === 'staff' ? { staffNote: change.note } : {}),
      })
      .where('id', '=', request.id)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new ApiProblem(
        409,
        'request_not_cancellable',
        `This request is already ${request.status} and can no longer change.`,
      );
    }
    await trx
      .insertInto('absenceRequestChange')
      .values({
        absenceRequestId: request.id,
        status: change.status,
        actorKind: change.actorKind,
        actor: change.actor,
        note: change.note,
        changedAt: at,
      })
      .execute();
    return { guardianId: request.guardianId, districtId: request.districtId };
  });
}
