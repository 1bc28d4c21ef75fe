import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';

/** One email the portal sends: receipts, password resets, confirmations. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/**
 * Sends the portal's emails. Callers build the message in the guardian's
 * communication language; the mailer only delivers it.
 */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export interface MailerOptions {
  /** `smtp://user:pass@host:587` or `smtps://...`; none writes messages to `outbox`. */
  smtpUrl?: string;
  /** The sender, e.g. `Cedar Hollow USD <portal@example.org>`. */
  from: string;
  /** Where messages go without SMTP (development): one .eml file each. */
  outbox: string;
}

/**
 * Without SMTP (development, the demo district) each message is written as
 * an .eml file under `var/mail/`, readable with `npm run admin -- mail`;
 * nothing leaves the machine.
 */
export function createMailer(options: MailerOptions): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      async send(mail) {
        await transport.sendMail({ from: options.from, ...mail });
      },
    };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true });
  let sequence = 0;
  return {
    async send(mail) {
      const info = await transport.sendMail({ from: options.from, ...mail });
      await mkdir(options.outbox, { recursive: true });
      // Sortable by time; the sequence keeps two messages in one millisecond apart.
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const name = `${stamp}-${process.pid}-${String(sequence++).padStart(4, '0')}.eml`;
      await writeFile(join(options.outbox, name), info.message as Buffer);
    },
  };
}

/** Keeps messages in memory: for tests, which read `sent`. */
export class MemoryMailer implements Mailer {
  readonly sent: Mail[] = [];
  async send(mail: Mail): Promise<void> {
    this.sent.push(mail);
  }
}
