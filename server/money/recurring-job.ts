import { configFromEnv } from '../config.ts';
import type { PortalDb } from '../db/database.ts';
import { createMailer, type Mailer } from '../mail/mailer.ts';
import type { PushOptions } from '../push/send.ts';
import { resendReceipts } from './payment-follow-up.ts';
import { settleAbandonedPayments } from './pending-payments.ts';
import type { PaymentProcessor } from './processor.ts';
import { runRecurringPayments } from './recurring-run.ts';
import { SandboxProcessor } from './sandbox-processor.ts';

export interface RecurringJobOptions {
  push?: Omit<PushOptions, 'now'> | false;
  /** Receipts; the configured mailer (SMTP or var/mail) when not given. */
  mailer?: Mailer;
  processor?: PaymentProcessor;
}

let configuredMailer: Mailer | undefined;

/**
 * The 'recurring-payments' job of server/jobs/run.ts: first settles
 * payments a crash left pending, then charges the runs that are due, then
 * sends again receipts the mail server refused.
 */
export async function recurringPaymentsJob(db: PortalDb, now: Date, options: RecurringJobOptions) {
  if (!options.mailer && !configuredMailer) {
    const config = configFromEnv();
    configuredMailer = createMailer({
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      outbox: config.mailOutbox,
    });
  }
  const mailer = options.mailer ?? configuredMailer;
  if (!mailer) throw new Error('No mailer for receipts');
  const services = {
    db,
    now,
    mailer,
    processor: options.processor ?? new SandboxProcessor(),
    push: options.push ?? {},
  };
  const settled = await settleAbandonedPayments(services);
  const runs = await runRecurringPayments(services);
  return { ...runs, settled, receiptsResent: await resendReceipts(services) };
}
