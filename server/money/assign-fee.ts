import type { PortalDb } from '../db/database.ts';

export interface NewFee {
  studentId: number;
  schoolYearId: number;
  type: string;
  description: string;
  amountCents: number;
  dueDate: string;
  optional: boolean;
}

/** The district assigns a fee to a student (admin command, demo, imports). */
export async function assignFee(db: PortalDb, fee: NewFee, now: Date): Promise<number> {
  const student = await db
    .selectFrom('student')
    .select('districtId')
    .where('id', '=', fee.studentId)
    .executeTakeFirstOrThrow();
  const row = await db
    .insertInto('fee')
    .values({
      districtId: student.districtId,
      studentId: fee.studentId,
      schoolYearId: fee.schoolYearId,
      type: fee.type,
      description: fee.description,
      amountCents: fee.amountCents,
      dueDate: fee.dueDate,
      optional: fee.optional ? 1 : 0,
      assignedAt: now.toISOString(),
    })
    .executeTakeFirstOrThrow();
  return Number(row.insertId);
}
