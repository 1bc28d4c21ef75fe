import type { OptionalPayment } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';
import { linkedStudentIds } from './linked-students.ts';

/**
 * What is offered to each linked student (at their school that school
 * year, or district-wide), with how many were bought already.
 */
export async function guardianOptionalPayments(
  db: PortalDb,
  guardianId: number,
): Promise<OptionalPayment[]> {
  const studentIds = await linkedStudentIds(db, guardianId);
  if (studentIds.length === 0) return [];
  const rows = await db
    .selectFrom('optionalPayment as o')
    .innerJoin('enrollment as e', (join) =>
      join
        .onRef('e.schoolYearId', '=', 'o.schoolYearId')
        .on((eb) =>
          eb.or([eb('o.schoolId', 'is', null), eb('o.schoolId', '=', eb.ref('e.schoolId'))]),
        ),
    )
    .selectAll('o')
    .select('e.studentId')
    .distinct()
    .where('e.studentId', 'in', studentIds)
    .orderBy('o.id')
    .orderBy('e.studentId')
    .execute();
  if (rows.length === 0) return [];
  const bought = await db
    .selectFrom('ledgerEntry')
    .select((eb) => ['optionalPaymentId', 'studentId', eb.fn.sum<number>('quantity').as('n')])
    .where('optionalPaymentId', 'in', rows.map((row) => row.id))
    .where('studentId', 'in', studentIds)
    .groupBy(['optionalPaymentId', 'studentId'])
    .execute();
  return rows.map((row) => ({
    id: row.id,
    studentId: row.studentId,
    schoolYearId: row.schoolYearId,
    kind: row.kind,
    name: row.name,
    description: row.description,
    amountCents: row.amountCents,
    availableUntil: row.availableUntil,
    maxQuantity: row.maxQuantity,
    purchasedQuantity: Number(
      bought.find((b) => b.optionalPaymentId === row.id && b.studentId === row.studentId)?.n ?? 0,
    ),
  }));
}
