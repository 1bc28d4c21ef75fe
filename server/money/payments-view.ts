import type { OrderLine, Payment } from '../../src/api/money.ts';
import type { PortalDb } from '../db/database.ts';

/**
 * Payments as the API shows them, with their lines and receipt: those of
 * orders the guardian made (at checkout or by their recurring payments),
 * newest first.
 */
export async function guardianPayments(
  db: PortalDb,
  filter: { guardianId: number; paymentId?: number; limit?: number },
): Promise<Payment[]> {
  let query = db
    .selectFrom('payment as p')
    .innerJoin('order as o', 'o.id', 'p.orderId')
    .innerJoin('paymentMethod as m', 'm.id', 'p.paymentMethodId')
    .leftJoin('receipt as r', 'r.paymentId', 'p.id')
    .select([
      'p.id',
      'p.orderId',
      'p.status',
      'p.amountCents',
      'p.failureCode',
      'p.createdAt',
      'o.source',
      'o.recurringPaymentId',
      'm.id as methodId',
      'm.kind as methodKind',
      'm.brand',
      'm.lastFour',
      'm.nickname',
      'r.number as receiptNumber',
      'r.email as receiptEmail',
      'r.issuedAt as receiptIssuedAt',
    ])
    .where('o.guardianId', '=', filter.guardianId)
    .orderBy('p.id', 'desc')
    .limit(filter.limit ?? 500);
  if (filter.paymentId !== undefined) query = query.where('p.id', '=', filter.paymentId);
  const rows = await query.execute();
  if (rows.length === 0) return [];

  const lines = await db
    .selectFrom('orderLine')
    .selectAll()
    .where('orderId', 'in', rows.map((row) => row.orderId))
    .orderBy('id')
    .execute();
  const linesOf = new Map<number, OrderLine[]>();
  for (const line of lines) {
    const list = linesOf.get(line.orderId) ?? [];
    list.push({
      id: line.id,
      kind: line.kind,
      studentId: line.studentId,
      feeId: line.feeId,
      foodServiceAccountId: line.foodServiceAccountId,
      optionalPaymentId: line.optionalPaymentId,
      quantity: line.quantity,
      description: line.description,
      amountCents: line.amountCents,
    });
    linesOf.set(line.orderId, list);
  }

  return rows.map((row) => ({
    id: row.id,
    orderId: row.orderId,
    status: row.status,
    amountCents: row.amountCents,
    source: row.source,
    recurringPaymentId: row.recurringPaymentId,
    paymentMethod: {
      id: row.methodId,
      kind: row.methodKind,
      brand: row.brand,
      lastFour: row.lastFour,
      nickname: row.nickname,
    },
    failureCode: row.failureCode,
    createdAt: row.createdAt,
    lines: linesOf.get(row.orderId) ?? [],
    receipt:
      row.receiptNumber && row.receiptEmail && row.receiptIssuedAt
        ? { number: row.receiptNumber, email: row.receiptEmail, issuedAt: row.receiptIssuedAt }
        : null,
  }));
}
