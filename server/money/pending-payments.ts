import { chargeAndSettle, type MoneyServices } from './pay.ts';

/** Longer than any charge takes: a payment pending this long lost its process. */
export const abandonedAfterMs = 10 * 60 * 1000;

/**
 * Settles payments that a crash left pending between the reservation and
 * the settlement (they hold what they pay for meanwhile). The charge is
 * asked again with the payment's own idempotency key, so a charge that did
 * go through is found, not made twice.
 */
export async function settleAbandonedPayments(services: MoneyServices): Promise<number> {
  const before = new Date(services.now.getTime() - abandonedAfterMs).toISOString();
  const pending = await services.db
    .selectFrom('payment as p')
    .innerJoin('order as o', 'o.id', 'p.orderId')
    .innerJoin('paymentMethod as m', 'm.id', 'p.paymentMethodId')
    .select(['p.id', 'p.amountCents', 'p.processorKey', 'o.districtId', 'm.token'])
    .where('p.status', '=', 'pending')
    .where('p.updatedAt', '<', before)
    .orderBy('p.id')
    .execute();
  for (const payment of pending) {
    await chargeAndSettle(services, {
      paymentId: payment.id,
      districtId: payment.districtId,
      token: payment.token,
      totalCents: payment.amountCents,
      processorKey: payment.processorKey,
    });
  }
  return pending.length;
}
