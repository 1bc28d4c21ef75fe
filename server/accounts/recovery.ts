import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { CommunicationLanguage } from '../db/schema.ts';
import type { HostedDistrict } from '../districts/directory.ts';
import { ApiProblem } from '../http/errors.ts';
import type { Mail } from '../mail/mailer.ts';
import {
  accountChangedMail,
  passwordResetMail,
  usernameReminderMail,
} from './account-emails.ts';
import { createAccountToken, findAccountToken, spendAccountToken } from './account-tokens.ts';
import { hashPassword, checkPasswordRules } from './passwords.ts';

interface AccountRow {
  id: number;
  username: string;
  email: string;
  communicationLanguage: CommunicationLanguage;
}

function accountsOf(db: PortalDb, districtId: number) {
  return db
    .selectFrom('account')
    .select(['id', 'username', 'email', 'communicationLanguage'])
    .where('districtId', '=', districtId);
}

async function byUsernameOrEmail(
  db: PortalDb,
  districtId: number,
  asked: { username?: string | undefined; email?: string | undefined },
): Promise<AccountRow[]> {
  if (asked.username) {
    return accountsOf(db, districtId)
      .where(sql<boolean>`username = ${asked.username.trim()} COLLATE NOCASE`)
      .execute();
  }
  if (asked.email) return byEmail(db, districtId, asked.email);
  return [];
}

function byEmail(db: PortalDb, districtId: number, email: string): Promise<AccountRow[]> {
  return accountsOf(db, districtId)
    .where(sql<boolean>`lower(email) = ${email.trim().toLowerCase()}`)
    .orderBy('username')
    .execute();
}

/**
 * Mails a reset link to each account that the username or email names in
 * the district; nothing when none does. The caller answers the same either
 * way, and before this runs, so the answer's timing tells nothing either.
 */
export async function mailPasswordResets(
  db: PortalDb,
  send: (mail: Mail) => Promise<void>,
  request: {
    district: HostedDistrict;
    username?: string | undefined;
    email?: string | undefined;
    portal: string;
    now: Date;
  },
): Promise<void> {
  const accounts = await byUsernameOrEmail(db, request.district.id, request);
  for (const account of accounts) {
    const token = await createAccountToken(db, account.id, 'password_reset', request.now);
    const link = `${request.portal}/reset-password?token=${token}`;
    await send(passwordResetMail(recipient(account, request.district), account.username, link));
  }
}

/** Mails the usernames of the district's accounts with this email, if any. */
export async function mailUsernames(
  db: PortalDb,
  send: (mail: Mail) => Promise<void>,
  request: { district: HostedDistrict; email: string },
): Promise<void> {
  const accounts = await byEmail(db, request.district.id, request.email);
  const first = accounts[0];
  if (!first) return;
  await send(usernameReminderMail(recipient(first, request.district), accounts.map((a) => a.username)));
}

/**
 * Sets a new password from a reset link. The link is checked first and
 * spent only with the change, so a password the district's rules refuse
 * leaves the link usable for another try.
 */
export async function completePasswordReset(
  db: PortalDb,
  token: string,
  password: string,
  now: Date,
): Promise<{ accountId: number; username: string; districtId: number; mail: Mail }> {
  const invalid = () =>
    new ApiProblem(
      400,
      'reset_link_invalid',
      'This reset link was already used or is more than an hour old. Ask for a new one.',
      '/token',
    );
  const peek = await findAccountToken(db, token, 'password_reset', now);
  if (!peek) throw invalid();
  const account = await db
    .selectFrom('account as a')
    .innerJoin('district as d', 'd.id', 'a.districtId')
    .select([
      'a.id', 'a.username', 'a.email', 'a.communicationLanguage', 'a.districtId',
      'd.name as districtName', 'd.passwordMinLength', 'd.passwordMinKinds',
    ])
    .where('a.id', '=', peek.accountId)
    .executeTakeFirstOrThrow();
  checkPasswordRules(
    password,
    { minLength: account.passwordMinLength, minKinds: account.passwordMinKinds },
    '/password',
  );

  const passwordHash = await hashPassword(password);
  const spent = await db.transaction().execute(async (trx) => {
    const row = await spendAccountToken(trx, token, 'password_reset', now);
    if (!row) return false;
    await trx
      .updateTable('account')
      .set({ passwordHash, passwordChangedAt: now.toISOString() })
      .where('id', '=', row.accountId)
      .execute();
    return true;
  });
  if (!spent) throw invalid();
  return {
    accountId: account.id,
    username: account.username,
    districtId: account.districtId,
    mail: accountChangedMail(
      { email: account.email, language: account.communicationLanguage, district: account.districtName },
      'password',
    ),
  };
}

export function recipient(account: AccountRow, district: { name: string }) {
  return {
    email: account.email,
    language: account.communicationLanguage,
    district: district.name,
  };
}
