import type { PortalDb } from '../../db/database.ts';

/**
 * A student named as the student information system knows them (their
 * source id), in the given district or the only one on this server.
 */
export async function findStudent(
  db: PortalDb,
  sourceId: string,
  districtSourceId: string | undefined,
): Promise<{ ok: true; id: number; districtId: number } | { ok: false; message: string }> {
  const districts = await db.selectFrom('district').select(['id', 'sourceId']).execute();
  const district = districtSourceId
    ? districts.find((d) => d.sourceId === districtSourceId)
    : districts.length === 1 ? districts[0] : undefined;
  if (!district) {
    return {
      ok: false,
      message: districtSourceId
        ? `No district with id ${districtSourceId}.`
        : 'This server holds several districts: name one with --district ID.',
    };
  }
  const student = await db
    .selectFrom('student')
    .select('id')
    .where('districtId', '=', district.id)
    .where('sourceId', '=', sourceId)
    .executeTakeFirst();
  if (!student) return { ok: false, message: `No student with id ${sourceId}.` };
  return { ok: true, id: student.id, districtId: district.id };
}
