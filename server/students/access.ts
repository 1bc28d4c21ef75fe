import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';

/**
 * The one check every student route makes: is this student linked to the
 * signed-in guardian with portal access? A student who is not is answered
 * exactly like one who does not exist, so ids cannot be probed.
 */
export async function requireLinkedStudent(
  db: PortalDb,
  guardianId: number,
  studentId: number,
): Promise<void> {
  const link = await db
    .selectFrom('guardianStudent')
    .select('id')
    .where('guardianId', '=', guardianId)
    .where('studentId', '=', studentId)
    .where('portalAccess', '=', 1)
    .executeTakeFirst();
  if (!link) throw noSuchStudent();
}

export function noSuchStudent(): ApiProblem {
  return new ApiProblem(404, 'not_found', 'No such student.');
}
