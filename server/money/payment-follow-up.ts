import { notify } from '../notifications/create.ts';
import type { MoneyServices } from './pay.ts';
import { guardianPayments } from './payments-view.ts';
import { receiptEmail } from './receipt-email.ts';

/**
 * After a payment settles: one receipt email when it succeeded, and a
 * notification (with push) either way. A mail server that is down does
 * not undo a payment: the receipt stays in the payment history.
 */
export async function afterPayment(services: MoneyServices, paymentId: number): Promise<void> {
  const { db } = services;
  const order = await db
    .selectFrom('payment as p')
    .innerJoin('order as o', 'o.id', 'p.orderId')
    .innerJoin('district as d', 'd.id', 'o.districtId')
    .innerJoin('account as a', 'a.id', 'o.accountId')
    .select(['o.guardianId', 'o.source', 'd.name', 'd.timeZone', 'a.communicationLanguage'])
    .where('p.id', '=', paymentId)
    .executeTakeFirstOrThrow();
  const [payment] = await guardianPayments(db, { guardianId: order.guardianId, paymentId });
  if (!payment) return;

  const mail = receiptEmail(payment, order, order.communicationLanguage);
  if (mail) {
    try {
      await services.mailer.send(mail);
    } catch {
      // TODO: queue the receipt for another try; it is in the history meanwhile.
    }
  }

  const succeeded = payment.status === 'succeeded';
  await notify(
    db,
    [
      {
        guardianId: order.guardianId,
        kind:
          order.source === 'recurring'
            ? 'recurring_payment_run'
            : succeeded
              ? 'payment_succeeded'
              : 'payment_failed',
        params: {
          paymentId,
          amountCents: payment.amountCents,
          status: payment.status,
          receipt: payment.receipt?.number ?? null,
          code: payment.failureCode,
        },
        link: '/payments',
      },
    ],
    { now: services.now, push: services.push },
  );
}
