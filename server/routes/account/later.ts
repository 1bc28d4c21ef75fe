import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { HostedDistrict } from '../../districts/directory.ts';
import type { Mail } from '../../mail/mailer.ts';

/**
 * Runs account work after the answer went out: the answer to "reset my
 * password" then takes the same time whether or not an account matched,
 * and a slow mail server delays nobody. A failure is logged without the
 * address or the link.
 */
export function afterAnswer(app: FastifyInstance, what: string, work: () => Promise<void>) {
  setImmediate(() => {
    work().catch((error: unknown) => {
      // A mail server's message may quote the address: only its code is logged.
      const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown';
      app.log.error({ what, code }, 'account email failed');
    });
  });
}

export function sendLater(app: FastifyInstance, mails: Mail[]) {
  afterAnswer(app, 'account email', async () => {
    for (const mail of mails) await app.mailer.send(mail);
  });
}

/**
 * The address links in emails point to: the district's portal address
 * when district IT set one (the safe choice behind a proxy: a forged Host
 * header then cannot redirect a reset link), else the one the request came to.
 */
export function portalOf(request: FastifyRequest, district: HostedDistrict | null): string {
  const configured = district?.portalAddress?.replace(/\/+$/, '');
  return configured || `${request.protocol}://${request.host}`;
}
