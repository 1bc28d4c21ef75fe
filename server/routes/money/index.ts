import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { requireGuardian } from '../../http/authentication.ts';
import { idempotency } from '../../http/idempotency.ts';
import type { PaymentProcessor } from '../../money/processor.ts';
import { SandboxProcessor } from '../../money/sandbox-processor.ts';
import { checkoutRoutes } from './checkout.ts';
import { feeRoutes } from './fees.ts';
import { foodServiceRoutes } from './food-service.ts';
import { lowBalanceRoutes } from './low-balance.ts';
import { paymentMethodRoutes } from './payment-methods.ts';
import { paymentRoutes } from './payments.ts';
import { recurringPaymentRoutes } from './recurring-payments.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The payment processor of the money routes (the sandbox unless given one). */
    paymentProcessor: PaymentProcessor;
  }
}

export interface MoneyRouteOptions {
  processor?: PaymentProcessor;
}

/**
 * Money routes of the signed-in guardian (the list is in src/api/money.ts).
 * Every write takes an Idempotency-Key: the app's outbox may send a
 * checkout more than once, and it must charge once.
 */
export const moneyRoutes: FastifyPluginAsyncTypebox<MoneyRouteOptions> = async (app, options) => {
  app.addHook('onRequest', requireGuardian);
  await app.register(idempotency);
  app.decorate('paymentProcessor', options.processor ?? new SandboxProcessor());

  await app.register(feeRoutes);
  await app.register(foodServiceRoutes);
  await app.register(paymentMethodRoutes);
  await app.register(checkoutRoutes);
  await app.register(paymentRoutes);
  await app.register(recurringPaymentRoutes);
  await app.register(lowBalanceRoutes);
};
