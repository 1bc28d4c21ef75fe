import type { Fee } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';
import { linkedStudentIds } from './linked-students.ts';

export interface FeeFilter {
  guardianId: number;
  feeId?: number;
  studentId?: number;
  schoolYearId?: number;
  status?: 'unpaid' | 'paid';
}

/**
 * The fees of the guardian's students with the payments applied to each,
 * by due date. Paid means nothing is owed; a partly paid fee is unpaid.
 */
export async function guardianFees(db: PortalDb, filter: FeeFilter): Promise<Fee[]> {
  const studentIds = await linkedStudentIds(db, filter.guardianId);
  if (studentIds.length === 0) return [];
  let query = db
    .selectFrom('fee as f')
    .innerJoin('schoolYear as y', 'y.id', 'f.schoolYearId')
    .selectAll('f')
    .select('y.name as schoolYearName')
    .where('f.studentId', 'in', studentIds)
    .orderBy('f.dueDate')
    .orderBy('f.id');
  if (filter.feeId !== undefined) query = query.where('f.id', '=', filter.feeId);
  if (filter.studentId !== undefined) query = query.where('f.studentId', '=', filter.studentId);
  if (filter.schoolYearId !== undefined) {
    query = query.where('f.schoolYearId', '=', filter.schoolYearId);
  }
  const fees = await query.execute();
  if (fees.length === 0) return [];

  const entries = await db
    .selectFrom('ledgerEntry as e')
    .leftJoin('payment as p', 'p.id', 'e.paymentId')
    .select(['e.feeId', 'e.paymentId', 'e.amountCents', 'e.at', 'p.status'])
    .where('e.feeId', 'in', fees.map((fee) => fee.id))
    .orderBy('e.id')
    .execute();

  const answer: Fee[] = fees.map((fee) => {
    const applied = entries.filter((entry) => entry.feeId === fee.id);
    const paidCents = applied.reduce((sum, entry) => sum + entry.amountCents, 0);
    const balanceCents = Math.max(0, fee.amountCents - paidCents);
    return {
      id: fee.id,
      studentId: fee.studentId,
      schoolYearId: fee.schoolYearId,
      schoolYearName: fee.schoolYearName,
      type: fee.type,
      description: fee.description,
      amountCents: fee.amountCents,
      paidCents,
      balanceCents,
      dueDate: fee.dueDate,
      optional: fee.optional === 1,
      status: balanceCents === 0 ? 'paid' : 'unpaid',
      assignedAt: fee.assignedAt,
      payments: applied.map((entry) => ({
        paymentId: entry.paymentId ?? 0,
        amountCents: entry.amountCents,
        status: entry.status ?? 'succeeded',
        paidAt: entry.at,
      })),
    };
  });
  return filter.status ? answer.filter((fee) => fee.status === filter.status) : answer;
}
