import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../../server/app.ts';
import type { PortalDb } from '../../../server/db/database.ts';
import { MemoryMailer, type Mail } from '../../../server/mail/mailer.ts';
import { activationKeyFor, goodPassword, TestClock } from './app.ts';
import { buildFixture, openTestDatabase, type Fixture } from './fixture.ts';

/**
 * A server holding two districts (the fixture twice): Grand Bend ISD
 * (slug grand-bend) and River Forks USD (slug river-forks), with a
 * MemoryMailer to read the emails sent.
 */
export interface TwoDistricts {
  app: FastifyInstance;
  db: PortalDb;
  clock: TestClock;
  mailer: MemoryMailer;
  grandBend: Fixture;
  riverForks: Fixture;
}

export async function buildTwoDistricts(): Promise<TwoDistricts> {
  const { db } = await openTestDatabase();
  const grandBend = await buildFixture(db);
  const riverForks = await buildFixture(db, {
    districtSourceId: 'RF',
    districtName: 'River Forks Unified School District',
  });
  const clock = new TestClock();
  const mailer = new MemoryMailer();
  const app = await buildApp({ db, secureCookies: false, now: clock.now, mailer });
  return { app, db, clock, mailer, grandBend, riverForks };
}

export async function closeTwoDistricts(world: TwoDistricts): Promise<void> {
  await world.app.close();
  await world.db.destroy();
}

/** Activates a fixture guardian's account in a district, by the district's source id. */
export async function activateIn(
  world: { app: FastifyInstance; db: PortalDb },
  districtSourceId: string,
  guardianSourceId: string,
  username: string,
  email = `${username}@example.org`,
): Promise<void> {
  const activationKey = await activationKeyFor(world.db, guardianSourceId, districtSourceId);
  const response = await world.app.inject({
    method: 'POST',
    url: '/api/v1/account/activate',
    payload: { activationKey, username, password: goodPassword, email },
  });
  if (response.statusCode !== 201) throw new Error(response.body);
}

/** Signs in with X-District (or without, for the single-district way). */
export function signInTo(
  app: FastifyInstance,
  slug: string | undefined,
  username: string,
  password = goodPassword,
  extra: Record<string, unknown> = {},
  cookie?: string,
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: {
      ...(slug ? { 'x-district': slug } : {}),
      ...(cookie ? { cookie } : {}),
    },
    payload: { username, password, ...extra },
  });
}

/** `name=value` of a cookie an answer set; throws when it set none. */
export function cookieSet(
  response: { cookies: Array<{ name: string; value: string }> },
  name: string,
): string {
  const cookie = response.cookies.find((c) => c.name === name && c.value !== '');
  if (!cookie) throw new Error(`The answer set no ${name} cookie`);
  return `${name}=${cookie.value}`;
}

/** A request as the app makes it: X-District, cookies, CSRF header. */
export function callAs(
  app: FastifyInstance,
  slug: string | undefined,
  cookie: string,
  method: InjectOptions['method'],
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) {
  return app.inject({
    method,
    url,
    headers: {
      cookie,
      'x-requested-with': 'portal',
      ...(slug ? { 'x-district': slug } : {}),
      ...headers,
    },
    ...(payload === undefined ? {} : { payload }),
  });
}

/** Waits until `count` emails were sent (account emails go out after the answer). */
export async function mailsSent(mailer: MemoryMailer, count: number): Promise<Mail[]> {
  const until = Date.now() + 5_000;
  while (mailer.sent.length < count && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return mailer.sent;
}

/** The token of the link to `path` in a mail's text. */
export function tokenIn(mail: Mail | undefined, path: string): string {
  const match = mail?.text.match(new RegExp(`https?://\\S+${path}\\?token=([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`No ${path} link in the mail`);
  return match[1];
}
