import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { PushOptions } from '../push/send.ts';
import { localDate } from './district-time.ts';
import { immediateTransaction, type MoneyTrx } from './immediate.ts';
import type { PricedLine } from './order-lines.ts';
import type { ChargeFailure, ChargeResult, PaymentProcessor } from './processor.ts';
import { afterPayment } from './payment-follow-up.ts';

export interface MoneyServices {
  db: PortalDb;
  processor: PaymentProcessor;
  mailer: Mailer;
  now: Date;
  /** Push settings for payment notifications; false to keep to the bell. */
  push: Omit<PushOptions, 'now'> | false;
}

export interface NewOrder {
  districtId: number;
  accountId: number;
  guardianId: number;
  paymentMethodId: number;
  receiptEmail: string;
  source: 'checkout' | 'recurring';
  recurringPaymentId: number | null;
  /** A recurring run: its date, claimed once (UNIQUE per recurring payment). */
  runDate: string | null;
  /** Prices the lines inside the write transaction (checks what is owed). */
  price: (trx: MoneyTrx) => Promise<PricedLine[]>;
}

export type PayOutcome =
  | { paymentId: number; status: 'succeeded' }
  /** The processor did not answer: the charge may have gone through. */
  | { paymentId: number; status: 'pending' }
  | { paymentId: number; status: 'declined' | 'failed'; code: ChargeFailure }
  | { paymentId: null; status: 'already_run' | 'nothing_to_pay' };

/**
 * One payment, in three steps so the processor call never holds the write
 * lock: (1) check and reserve — order, lines and a pending payment, whose
 * lines count as paid while pending; (2) charge the token with the
 * payment's own idempotency key; (3) settle — the payment's status and,
 * if it succeeded, the ledger entries and the receipt. Then the receipt
 * email and the notification.
 */
export async function pay(services: MoneyServices, order: NewOrder): Promise<PayOutcome> {
  const reserved = await immediateTransaction(services.db, (trx) =>
    reserve(trx, order, services.now),
  );
  if (reserved.status !== 'reserved') return { paymentId: null, status: reserved.status };
  const result = await chargeAndSettle(services, { ...reserved, districtId: order.districtId });
  const { paymentId } = reserved;
  if (result.status === 'unknown') return { paymentId, status: 'pending' };
  return result.status === 'succeeded'
    ? { paymentId, status: 'succeeded' }
    : { paymentId, status: result.status, code: result.code };
}

export interface ReservedPayment {
  paymentId: number;
  districtId: number;
  token: string;
  totalCents: number;
  processorKey: string;
}

/**
 * Steps 2 and 3 of a reserved payment, then its email and notification.
 * Also what settles a payment a crash left pending: the processor answers
 * a known idempotency key with the first charge's result. A processor that
 * does not answer (a timeout, a network error) may still have charged: the
 * payment stays pending, holding what it pays for, and the job asks again.
 */
export async function chargeAndSettle(
  services: MoneyServices,
  reserved: ReservedPayment,
): Promise<ChargeResult | { status: 'unknown' }> {
  const { db, now } = services;
  const district = await db
    .selectFrom('district')
    .select(['name', 'timeZone'])
    .where('id', '=', reserved.districtId)
    .executeTakeFirstOrThrow();
  const today = localDate(now, district.timeZone);
  let result: ChargeResult;
  try {
    result = await services.processor.charge({
      token: reserved.token,
      amountCents: reserved.totalCents,
      idempotencyKey: reserved.processorKey,
      statementDescriptor: district.name,
      today: { year: today.year, month: today.month },
    });
  } catch {
    return { status: 'unknown' };
  }

  await immediateTransaction(db, (trx) => settle(trx, reserved.paymentId, result, now));
  await afterPayment(services, reserved.paymentId);
  return result;
}

async function reserve(trx: MoneyTrx, order: NewOrder, now: Date) {
  const createdAt = now.toISOString();
  if (order.recurringPaymentId !== null && order.runDate !== null) {
    const claimed = await trx
      .insertInto('recurringPaymentRun')
      .values({
        recurringPaymentId: order.recurringPaymentId,
        runDate: order.runDate,
        amountCents: 0,
        paymentId: null,
        createdAt,
      })
      .onConflict((conflict) => conflict.doNothing())
      .executeTakeFirst();
    if (Number(claimed.numInsertedOrUpdatedRows ?? 0) !== 1) {
      return { paymentId: null, status: 'already_run' as const };
    }
  }

  const method = await trx
    .selectFrom('paymentMethod')
    .select(['id', 'token'])
    .where('id', '=', order.paymentMethodId)
    .where('accountId', '=', order.accountId)
    .where('removedAt', 'is', null)
    .executeTakeFirst();
  if (!method) {
    throw new ApiProblem(404, 'not_found', 'No such payment method.', '/paymentMethodId');
  }

  const lines = await order.price(trx);
  const totalCents = lines.reduce((sum, line) => sum + line.amountCents, 0);
  if (totalCents === 0) return { paymentId: null, status: 'nothing_to_pay' as const };

  const orderRow = await trx
    .insertInto('order')
    .values({
      districtId: order.districtId,
      accountId: order.accountId,
      guardianId: order.guardianId,
      source: order.source,
      recurringPaymentId: order.recurringPaymentId,
      totalCents,
      receiptEmail: order.receiptEmail,
      createdAt,
    })
    .executeTakeFirstOrThrow();
  const orderId = Number(orderRow.insertId);
  await trx
    .insertInto('orderLine')
    .values(lines.map((line) => ({ ...line, orderId })))
    .execute();
  const processorKey =
    order.runDate !== null
      ? `recurring-${order.recurringPaymentId}-${order.runDate}`
      : `order-${orderId}`;
  const paymentRow = await trx
    .insertInto('payment')
    .values({
      orderId,
      paymentMethodId: method.id,
      amountCents: totalCents,
      status: 'pending',
      processorKey,
      processorChargeId: null,
      failureCode: null,
      createdAt,
      updatedAt: createdAt,
    })
    .executeTakeFirstOrThrow();
  const paymentId = Number(paymentRow.insertId);
  if (order.recurringPaymentId !== null && order.runDate !== null) {
    await trx
      .updateTable('recurringPaymentRun')
      .set({ paymentId, amountCents: totalCents })
      .where('recurringPaymentId', '=', order.recurringPaymentId)
      .where('runDate', '=', order.runDate)
      .execute();
  }
  return { paymentId, token: method.token, totalCents, processorKey, status: 'reserved' as const };
}

async function settle(
  trx: MoneyTrx,
  paymentId: number,
  result: ChargeResult,
  now: Date,
) {
  const at = now.toISOString();
  await trx
    .updateTable('payment')
    .set({
      status: result.status,
      processorChargeId: result.status === 'succeeded' ? result.chargeId : null,
      failureCode: result.status === 'succeeded' ? null : result.code,
      updatedAt: at,
    })
    .where('id', '=', paymentId)
    .where('status', '=', 'pending')
    .execute();
  if (result.status !== 'succeeded') return;

  const payment = await trx
    .selectFrom('payment as p')
    .innerJoin('order as o', 'o.id', 'p.orderId')
    .select(['p.orderId', 'o.districtId', 'o.receiptEmail'])
    .where('p.id', '=', paymentId)
    .executeTakeFirstOrThrow();
  const lines = await trx
    .selectFrom('orderLine')
    .selectAll()
    .where('orderId', '=', payment.orderId)
    .execute();
  await trx
    .insertInto('ledgerEntry')
    .values(
      lines.map((line) => ({
        districtId: payment.districtId,
        studentId: line.studentId,
        kind:
          line.kind === 'fee'
            ? ('fee_payment' as const)
            : line.kind === 'food_deposit'
              ? ('food_deposit' as const)
              : ('optional_payment' as const),
        feeId: line.feeId,
        foodServiceAccountId: line.foodServiceAccountId,
        optionalPaymentId: line.optionalPaymentId,
        paymentId,
        quantity: line.quantity,
        amountCents: line.amountCents,
        description: line.description,
        at,
      })),
    )
    .execute();
  await trx
    .insertInto('receipt')
    .values({
      paymentId,
      number: `R-${String(paymentId).padStart(6, '0')}`,
      email: payment.receiptEmail,
      issuedAt: at,
      emailedAt: null,
    })
    .execute();
}
