import type { PortalDb } from '../db/database.ts';
import { ApiProblem } from '../http/errors.ts';
import { hashPassword, checkPasswordRules } from './passwords.ts';

export interface Activation {
  activationKey: string;
  username: string;
  password: string;
  email: string;
}

const usernamePattern = /^[\p{L}\p{N}._@-]+$/u;
export const emailPattern = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/**
 * Creates a guardian's account from the single-use key the district gave
 * them. The key is spent in the same transaction that creates the account,
 * so two tabs racing with one key make one account.
 */
export async function activateAccount(
  db: PortalDb,
  now: Date,
  activation: Activation,
): Promise<{ accountId: number; districtId: number }> {
  const key = await db
    .selectFrom('activationKey')
    .innerJoin('district', 'district.id', 'activationKey.districtId')
    .select([
      'activationKey.guardianId',
      'activationKey.districtId',
      'activationKey.usedAt',
      'district.passwordMinLength',
      'district.passwordMinKinds',
    ])
    .where('activationKey.key', '=', activation.activationKey.trim().toLowerCase())
    .executeTakeFirst();
  if (!key || key.usedAt !== null) {
    throw new ApiProblem(
      400,
      'activation_key_invalid',
      'This activation key is unknown or was already used. ' +
        'Ask your school for a new one.',
      '/activationKey',
    );
  }

  const username = activation.username;
  if (!usernamePattern.test(username)) {
    throw new ApiProblem(
      400,
      'invalid_request',
      'A username may hold letters, digits and . _ @ - only, no spaces.',
      '/username',
    );
  }
  checkPasswordRules(
    activation.password,
    { minLength: key.passwordMinLength, minKinds: key.passwordMinKinds },
    '/password',
  );
  if (!emailPattern.test(activation.email)) {
    throw new ApiProblem(
      400,
      'email_invalid',
      'Please give an email address like name@example.org.',
      '/email',
    );
  }
  if (await usernameTaken(db, key.districtId, username)) throw taken();

  const passwordHash = await hashPassword(activation.password);
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    const spent = await trx
      .updateTable('activationKey')
      .set({ usedAt: at })
      .where('key', '=', activation.activationKey.trim().toLowerCase())
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    if (spent.numUpdatedRows !== 1n) {
      throw new ApiProblem(
        400,
        'activation_key_invalid',
        'This activation key was already used.',
        '/activationKey',
      );
    }
    const existing = await trx
      .selectFrom('account')
      .select('id')
      .where('guardianId', '=', key.guardianId)
      .executeTakeFirst();
    if (existing) {
      throw new ApiProblem(
        400,
        'activation_key_invalid',
        'This guardian already has an account. Sign in, or reset the password.',
        '/activationKey',
      );
    }
    if (await usernameTaken(trx, key.districtId, username)) throw taken();
    const account = await trx
      .insertInto('account')
      .values({
        districtId: key.districtId,
        guardianId: key.guardianId,
        username,
        passwordHash,
        email: activation.email,
        createdAt: at,
        passwordChangedAt: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .catch((error: unknown) => {
        // The unique index decides a race between two equal usernames.
        if (isUniqueViolation(error)) throw taken();
        throw error;
      });
    return { accountId: account.id, districtId: key.districtId };
  });
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

async function usernameTaken(
  db: PortalDb,
  districtId: number,
  username: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('account')
    .select('id')
    .where('districtId', '=', districtId)
    .where((eb) =>
      eb(eb.fn('lower', ['username']), '=', username.toLowerCase()),
    )
    .executeTakeFirst();
  return row !== undefined;
}

function taken(): ApiProblem {
  return new ApiProblem(
    409,
    'username_taken',
    'This username is taken. Please choose another.',
    '/username',
  );
}
