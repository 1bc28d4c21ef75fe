import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import type { Mail } from '../mail/mailer.ts';
import { accountChangedMail, emailConfirmMail } from './account-emails.ts';
import { createAccountToken, spendAccountToken } from './account-tokens.ts';
import { emailPattern } from './activation.ts';
import { hashPassword, checkPasswordRules, verifyPassword } from './passwords.ts';

async function accountWithDistrict(db: PortalDb, accountId: number) {
  return db
    .selectFrom('account as a')
    .innerJoin('district as d', 'd.id', 'a.districtId')
    .select([
      'a.id', 'a.username', 'a.email', 'a.passwordHash', 'a.communicationLanguage',
      'd.id as districtId', 'd.name as districtName', 'd.slug', 'd.passwordMinLength', 'd.passwordMinKinds',
    ])
    .where('a.id', '=', accountId)
    .executeTakeFirstOrThrow();
}
type Account = Awaited<ReturnType<typeof accountWithDistrict>>;

const toAccount = (account: Account) => ({
  email: account.email,
  language: account.communicationLanguage,
  district: account.districtName,
});

async function checkCurrentPassword(account: Account, password: string): Promise<void> {
  if (!(await verifyPassword(account.passwordHash, password).catch(() => false))) {
    throw new ApiProblem(
      400,
      'current_password_wrong',
      'The current password is not right.',
      '/currentPassword',
    );
  }
}

/**
 * A signed-in guardian's new password, with the current one. The caller
 * ends every other session of the account.
 */
export async function changePassword(
  db: PortalDb,
  accountId: number,
  change: { currentPassword: string; newPassword: string },
  now: Date,
): Promise<Mail> {
  const account = await accountWithDistrict(db, accountId);
  await checkCurrentPassword(account, change.currentPassword);
  checkPasswordRules(
    change.newPassword,
    { minLength: account.passwordMinLength, minKinds: account.passwordMinKinds },
    '/newPassword',
  );
  const passwordHash = await hashPassword(change.newPassword);
  await db
    .updateTable('account')
    .set({ passwordHash, passwordChangedAt: now.toISOString() })
    .where('id', '=', accountId)
    .execute();
  return accountChangedMail(toAccount(account), 'password');
}

/**
 * Asks for another email address: a link to the new address confirms it
 * (the address changes only then), and the old address is told.
 */
export async function requestEmailChange(
  db: PortalDb,
  accountId: number,
  change: { currentPassword: string; email: string; portal: string },
  now: Date,
): Promise<Mail[]> {
  const account = await accountWithDistrict(db, accountId);
  await checkCurrentPassword(account, change.currentPassword);
  const email = change.email.trim();
  if (!emailPattern.test(email)) {
    throw new ApiProblem(
      400,
      'email_invalid',
      'Please give an email address like name@example.org.',
      '/email',
    );
  }
  const token = await createAccountToken(db, accountId, 'email_change', now, email);
  const link = `${change.portal}/confirm-email?token=${token}`;
  return [
    emailConfirmMail({ ...toAccount(account), email }, link),
    accountChangedMail(toAccount(account), 'email'),
  ];
}

/** Uses an email confirmation link: the account's address is the new one. */
export async function confirmEmailChange(
  db: PortalDb,
  token: string,
  now: Date,
): Promise<{ email: string; district: string }> {
  const changed = await db.transaction().execute(async (trx) => {
    const row = await spendAccountToken(trx, token, 'email_change', now);
    if (!row?.newEmail) return null;
    await trx
      .updateTable('account')
      .set({ email: row.newEmail })
      .where('id', '=', row.accountId)
      .execute();
    return { accountId: row.accountId, email: row.newEmail };
  });
  if (!changed) {
    throw new ApiProblem(
      400,
      'email_link_invalid',
      'This confirmation link was already used or is too old. Change the email again.',
      '/token',
    );
  }
  const account = await accountWithDistrict(db, changed.accountId);
  return { email: changed.email, district: account.slug ?? String(account.districtId) };
}
