import type { Payment } from '../../src/api/money.ts';
import { notify } from '../notifications/create.ts';
import type { MoneyServices } from './pay.ts';
import { guardianPayments } from './payments-view.ts';
import { receiptEmail } from './receipt-email.ts';

/** How long a receipt the mail server refused is offered again. */
const receiptRetryMs = 7 * 24 * 60 * 60 * 1000;

/**
 * After a payment settles: one receipt email when it succeeded, and a
 * notification (with push) either way. A mail server that is down does
 * not undo a payment: the receipt stays unsent, in the payment history,
 * and `resendReceipts` (in the payments job) tries it again.
 */
export async function afterPayment(services: MoneyServices, paymentId: number): Promise<void> {
  const { db } = services;
  const order = await paymentOrder(db, paymentId);
  const [payment] = await guardianPayments(db, { guardianId: order.guardianId, paymentId });
  if (!payment) return;
  await emailReceipt(services, order, payment);

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

async function paymentOrder(db: MoneyServices['db'], paymentId: number) {
  return db
    .selectFrom('payment as p')
    .innerJoin('order as o', 'o.id', 'p.orderId')
    .innerJoin('district as d', 'd.id', 'o.districtId')
    .innerJoin('account as a', 'a.id', 'o.accountId')
    .select(['o.guardianId', 'o.source', 'd.name', 'd.timeZone', 'a.communicationLanguage'])
    .where('p.id', '=', paymentId)
    .executeTakeFirstOrThrow();
}

/**
 * Sends a payment's receipt once: the receipt is claimed (its emailed_at
 * set) before the mail server is asked, so two senders never both send
 * it, and released when the mail server refuses, for the next try.
 */
async function emailReceipt(
  services: MoneyServices,
  order: Awaited<ReturnType<typeof paymentOrder>>,
  payment: Payment,
): Promise<boolean> {
  const mail = receiptEmail(payment, order, order.communicationLanguage);
  if (!mail || !payment.receipt) return false;
  const { db } = services;
  const claimed = await db
    .updateTable('receipt')
    .set({ emailedAt: services.now.toISOString() })
    .where('number', '=', payment.receipt.number)
    .where('emailedAt', 'is', null)
    .executeTakeFirst();
  if (claimed.numUpdatedRows === 0n) return false;
  try {
    await services.mailer.send(mail);
    return true;
  } catch {
    await db
      .updateTable('receipt')
      .set({ emailedAt: null })
      .where('number', '=', payment.receipt.number)
      .execute();
    return false;
  }
}

/**
 * Sends again the receipts of the last seven days that the mail server
 * refused; answers how many went.
 */
export async function resendReceipts(services: MoneyServices): Promise<number> {
  const since = new Date(services.now.getTime() - receiptRetryMs).toISOString();
  const unsent = await services.db
    .selectFrom('receipt')
    .select('paymentId')
    .where('emailedAt', 'is', null)
    .where('issuedAt', '>=', since)
    .orderBy('id')
    .execute();
  let sent = 0;
  for (const { paymentId } of unsent) {
    const order = await paymentOrder(services.db, paymentId);
    const [payment] = await guardianPayments(services.db, {
      guardianId: order.guardianId,
      paymentId,
    });
    if (payment && (await emailReceipt(services, order, payment))) sent += 1;
  }
  return sent;
}
