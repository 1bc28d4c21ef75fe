/** The server's settings, from the environment. */
export interface Config {
  port: number;
  host: string;
  databasePath: string;
  logLevel: string;
  /** Marks cookies Secure; off only for plain-HTTP local development. */
  secureCookies: boolean;
  /** SMTP server for emails; without it messages are written under `mailOutbox`. */
  smtpUrl?: string;
  mailFrom: string;
  mailOutbox: string;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databasePath: env.PORTAL_DB ?? 'var/portal.db',
    logLevel: env.LOG_LEVEL ?? 'info',
    secureCookies: env.SECURE_COOKIES !== 'false',
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Parent Portal <portal@localhost>',
    mailOutbox: env.MAIL_OUTBOX ?? 'var/mail',
  };
}
