import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { CheckoutRequest, CheckoutResponse } from '../../../src/api/money.ts';
import { signedInOf } from '../../http/authentication.ts';
import { ApiProblem } from '../../http/errors.ts';
import { NoQuery, refusals } from '../../http/schemas.ts';
import { districtToday } from '../../money/district-time.ts';
import { linkedStudentIds } from '../../money/linked-students.ts';
import { priceLines } from '../../money/order-lines.ts';
import { pay } from '../../money/pay.ts';
import { guardianPayments } from '../../money/payments-view.ts';

const refusalMessages = {
  payment_declined: 'The payment was declined. Try another payment method.',
  insufficient_funds: 'The payment was declined for insufficient funds.',
  card_expired: 'The card has expired. Add a current card.',
  payment_failed:
    'The payment could not be processed. Nothing was charged; please try again later.',
} as const;

/**
 * POST /checkout: the cart's lines with one payment method. A declined or
 * failed payment is a 402 with the reason's code (the outbox shows it as
 * failed, and the payment shows in the history); a replay with the same
 * Idempotency-Key answers the first answer again and charges nothing.
 */
export const checkoutRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/checkout',
    {
      schema: {
        querystring: NoQuery,
        body: CheckoutRequest,
        response: { 201: CheckoutResponse, ...refusals(400, 401, 402, 404, 409, 422) },
      },
    },
    async (request, reply) => {
      const signedIn = signedInOf(request);
      const now = app.now();
      const studentIds = await linkedStudentIds(app.db, signedIn.guardianId);
      const today = String(await districtToday(app.db, signedIn.districtId, now));
      const outcome = await pay(
        { db: app.db, processor: app.paymentProcessor, mailer: app.mailer, now, push: {} },
        {
          districtId: signedIn.districtId,
          accountId: signedIn.accountId,
          guardianId: signedIn.guardianId,
          paymentMethodId: request.body.paymentMethodId,
          receiptEmail: request.body.receiptEmail,
          source: 'checkout',
          recurringPaymentId: null,
          runDate: null,
          price: (trx) => priceLines(trx, request.body.lines, { studentIds, today }),
        },
      );
      if (outcome.paymentId === null) {
        throw new ApiProblem(422, 'invalid_request', 'Nothing to pay in this cart.');
      }
      // Pending: the processor did not answer; the history shows it as such
      // and the job settles it, so the app answers as for a payment made.
      if (outcome.status !== 'succeeded' && outcome.status !== 'pending') {
        const problem = new ApiProblem(402, outcome.code, refusalMessages[outcome.code]);
        problem.headers['x-payment-id'] = String(outcome.paymentId);
        throw problem;
      }
      const [payment] = await guardianPayments(app.db, {
        guardianId: signedIn.guardianId,
        paymentId: outcome.paymentId,
      });
      if (!payment) throw new Error('A payment just made is missing from the history');
      return reply.status(201).send(payment);
    },
  );
};
