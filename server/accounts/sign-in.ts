import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import { defaultDistrictSetting } from '../districts/directory.ts';
import { ApiProblem } from '../http/errors.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

export interface SignInAttempt {
  username: string;
  password: string;
  /** The district's id; may be left out on a server with one district. */
  district?: number | undefined;
  address: string;
}

let dummyHash: Promise<string> | undefined;

/**
 * An unknown username is checked against this hash, so it costs the same
 * argon2 time as a wrong password and the two cannot be told apart.
 */
function hashForUnknownUsers(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** Checks a username and password; answers the account id or refuses. */
export async function checkSignIn(
  db: PortalDb,
  limiter: SignInLimiter,
  attempt: SignInAttempt,
): Promise<number> {
  const districtId = await districtToSignInTo(db, attempt.district);
  const usernameKey = `${districtId}:${attempt.username.toLowerCase()}`;
  const wait = await limiter.attempt(usernameKey, attempt.address);
  if (wait > 0) throw tooManyAttempts(wait);

  const account = await db
    .selectFrom('account')
    .select(['id', 'passwordHash'])
    .where('districtId', '=', districtId)
    .where(sql<boolean>`username = ${attempt.username} COLLATE NOCASE`)
    .executeTakeFirst();
  const hash = account?.passwordHash ?? (await hashForUnknownUsers());
  const matches = await verifyPassword(hash, attempt.password);
  if (!account || !matches) {
    throw new ApiProblem(
      401,
      'sign_in_failed',
      'The username or password is not right.',
    );
  }
  await limiter.succeeded(usernameKey, attempt.address);
  return account.id;
}

/**
 * Sign-in names a district because usernames are unique per district only
 * (X-District or the body's id). A server holding a single district, or
 * naming a default one (the demo), lets the app leave it out.
 */
async function districtToSignInTo(
  db: PortalDb,
  district: number | undefined,
): Promise<number> {
  if (district !== undefined) {
    const found = await db
      .selectFrom('district')
      .select('id')
      .where('id', '=', district)
      .executeTakeFirst();
    if (!found) {
      throw new ApiProblem(400, 'invalid_request', 'No such district.', '/district');
    }
    return found.id;
  }
  const districts = await db.selectFrom('district').select('id').limit(2).execute();
  const only = districts.length === 1 ? districts[0] : await defaultDistrict(db);
  if (!only) {
    throw new ApiProblem(
      400,
      'invalid_request',
      'This server holds several districts: say which one to sign in to.',
      '/district',
    );
  }
  return only.id;
}

async function defaultDistrict(db: PortalDb) {
  const setting = await db
    .selectFrom('serverSetting')
    .select('value')
    .where('name', '=', defaultDistrictSetting)
    .executeTakeFirst();
  if (!setting) return undefined;
  return db
    .selectFrom('district')
    .select('id')
    .where('id', '=', Number(setting.value))
    .executeTakeFirst();
}

function tooManyAttempts(seconds: number): ApiProblem {
  const problem = new ApiProblem(
    429,
    'too_many_attempts',
    `Too many failed sign-ins. Please wait ${Math.ceil(seconds / 60)} ` +
      'minutes and try again.',
  );
  problem.headers['retry-after'] = String(seconds);
  return problem;
}
