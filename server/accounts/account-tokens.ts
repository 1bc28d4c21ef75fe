import { createHash, randomBytes } from 'node:crypto';
import type { PortalDb } from '../db/database.ts';
import type { AccountTokenTable } from '../db/schema.ts';

export type TokenPurpose = AccountTokenTable['purpose'];

/** How long a link works: a reset within the hour, an email change a day. */
export const tokenLifetimeMs: Record<TokenPurpose, number> = {
  password_reset: 60 * 60 * 1000,
  email_change: 24 * 60 * 60 * 1000,
};

/** Only the SHA-256 is stored: a copy of the database opens no account. */
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * A new single-use link token (256 random bits) for an account. Earlier
 * unused tokens of the same purpose stop working: only the newest email counts.
 */
export async function createAccountToken(
  db: PortalDb,
  accountId: number,
  purpose: TokenPurpose,
  now: Date,
  newEmail: string | null = null,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('accountToken')
      .where('accountId', '=', accountId)
      .where('purpose', '=', purpose)
      .execute();
    await trx
      .insertInto('accountToken')
      .values({
        tokenHash: hashOf(token),
        accountId,
        purpose,
        newEmail,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + tokenLifetimeMs[purpose]).toISOString(),
      })
      .execute();
  });
  return token;
}

/**
 * Spends a token inside the caller's transaction: answers its row when it
 * was unused and unexpired (and marks it used, so two tabs cannot both
 * spend it), else null.
 */
export async function spendAccountToken(
  trx: PortalDb,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<{ accountId: number; newEmail: string | null } | null> {
  const at = now.toISOString();
  const row = await trx
    .updateTable('accountToken')
    .set({ usedAt: at })
    .where('tokenHash', '=', hashOf(token))
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', at)
    .returning(['accountId', 'newEmail'])
    .executeTakeFirst();
  return row ?? null;
}

/** The account of a token still usable, without spending it; else null. */
export async function findAccountToken(
  db: PortalDb,
  token: string,
  purpose: TokenPurpose,
  now: Date,
): Promise<{ accountId: number; newEmail: string | null } | null> {
  const row = await db
    .selectFrom('accountToken')
    .select(['accountId', 'newEmail'])
    .where('tokenHash', '=', hashOf(token))
    .where('purpose', '=', purpose)
    .where('usedAt', 'is', null)
    .where('expiresAt', '>', now.toISOString())
    .executeTakeFirst();
  return row ?? null;
}
