import type { FastifyInstance, InjectOptions } from 'fastify';
import { createActivationKey } from '../../../server/accounts/activation-keys.ts';
import { buildApp } from '../../../server/app.ts';
import type { PortalDb } from '../../../server/db/database.ts';
import { buildFixture, openTestDatabase, type Fixture } from './fixture.ts';

/** A clock tests move by hand. */
export class TestClock {
  constructor(public current = new Date('2025-09-03T15:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface TestWorld {
  app: FastifyInstance;
  db: PortalDb;
  fixture: Fixture;
  clock: TestClock;
}

/** A fresh in-memory database with the fixture district, and the app on it. */
export async function buildTestWorld(): Promise<TestWorld> {
  const { db } = await openTestDatabase();
  const fixture = await buildFixture(db);
  const clock = new TestClock();
  const app = await buildApp({ db, secureCookies: false, now: clock.now });
  return { app, db, fixture, clock };
}

export async function closeTestWorld(world: TestWorld): Promise<void> {
  await world.app.close();
  await world.db.destroy();
}

/** A test password that keeps the default rules. */
export const goodPassword = 'Maple-Leaf-42';

export async function activationKeyFor(
  db: PortalDb,
  guardianSourceId: string,
  districtSourceId?: string,
): Promise<string> {
  const result = await createActivationKey(
    db,
    guardianSourceId,
    districtSourceId,
    new Date(),
  );
  if (!result.ok) throw new Error(result.message);
  return result.key;
}

export async function activate(
  world: TestWorld,
  guardianSourceId: string,
  username: string,
) {
  const activationKey = await activationKeyFor(world.db, guardianSourceId);
  return world.app.inject({
    method: 'POST',
    url: '/api/v1/account/activate',
    payload: {
      activationKey,
      username,
      password: goodPassword,
      email: `${username}@example.org`,
    },
  });
}

export function signIn(
  app: FastifyInstance,
  username: string,
  password = goodPassword,
  extra: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/session',
    payload: { username, password, ...extra },
  });
}

/** The Cookie header that carries a sign-in answer's session. */
export function sessionCookieOf(response: { cookies: Array<{ name: string; value: string }> }): string {
  const cookie = response.cookies.find((c) => c.name === 'portal_session');
  if (!cookie) throw new Error('The answer set no session cookie');
  return `portal_session=${cookie.value}`;
}

/** Activates guardian A or B of the fixture and signs in; answers the Cookie header. */
export async function signedInAs(
  world: TestWorld,
  guardian: 'a' | 'b',
): Promise<string> {
  const username = guardian === 'a' ? 'lucia' : 'sam';
  const activated = await activate(world, world.fixture.guardians[guardian].sourceId, username);
  if (activated.statusCode !== 201) throw new Error(activated.body);
  const response = await signIn(world.app, username);
  if (response.statusCode !== 200) throw new Error(response.body);
  return sessionCookieOf(response);
}

/** A GET as a signed-in guardian. */
export function getAs(app: FastifyInstance, cookie: string, url: string) {
  const options: InjectOptions = { method: 'GET', url, headers: { cookie } };
  return app.inject(options);
}
