import { createHash, randomBytes } from 'node:crypto';
import type { PortalDb } from '../db/database.ts';
import { statement } from '../db/repositories/statement.ts';
import { ShortCache } from './short-cache.ts';
import { lastSeenWriteInterval, lifetimeOf } from './session-lifetimes.ts';

/** A signed-in browser, as the routes see it. */
export interface SignedIn {
  idHash: string;
  accountId: number;
  guardianId: number;
  districtId: number;
  stayLoggedIn: boolean;
  /**
   * Signed in on a kiosk: no "stay logged in", the district's idle time.
   * Always set by find(); optional for callers that make one by hand.
   */
  kiosk?: boolean;
  /** Seconds without a request before the session ends (always set by find()). */
  idleSeconds?: number;
  /** When the session ends if the browser stays idle, ISO UTC. */
  expiresAt: string;
}

export interface SessionOptions {
  stayLoggedIn: boolean;
  /** A kiosk's session, with the kiosk's idle time in seconds. */
  kiosk?: { idleSeconds: number };
}

interface SessionRow {
  idHash: string;
  accountId: number;
  guardianId: number;
  districtId: number;
  stayLoggedIn: number;
  lastSeenAt: string;
  expiresAt: string;
  kiosk: number;
  idleSeconds: number | null;
}

/** The cookie carries the random id; the database only its SHA-256. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/**
 * Sessions kept server side: 128 random bits per sign-in, stored hashed so
 * a copy of the database hands out no live sessions.
 */
export class SessionStore {
  readonly #now: () => Date;
  readonly #db: PortalDb;
  readonly #find;
  readonly #touch;
  readonly #remove;
  /**
   * Rows read in the last two seconds: GET /session and the sync are called
   * thousands of times a second. Expiry is still checked on every request;
   * a sign-out elsewhere (another process) takes effect within two seconds.
   */
  readonly #recent = new ShortCache<string, SessionRow>(2_000);

  constructor(db: PortalDb, now: () => Date) {
    this.#db = db;
    this.#now = now;
    this.#find = statement<SessionRow>(
      db,
      `SELECT s.id_hash, s.account_id, a.guardian_id, a.district_id,
         s.stay_logged_in, s.last_seen_at, s.expires_at, s.kiosk, s.idle_seconds
       FROM login_session s JOIN account a ON a.id = s.account_id
       WHERE s.id_hash = ?`,
    );
    this.#touch = statement(
      db,
      'UPDATE login_session SET last_seen_at = ? WHERE id_hash = ?',
    );
    this.#remove = statement(db, 'DELETE FROM login_session WHERE id_hash = ?');
  }

  /** Starts a session; answers the id for the cookie. */
  async start(accountId: number, options: boolean | SessionOptions): Promise<string> {
    const { stayLoggedIn, kiosk } =
      typeof options === 'boolean' ? { stayLoggedIn: options, kiosk: undefined } : options;
    const id = randomBytes(16).toString('base64url');
    const now = this.#now();
    const { absoluteMs } = lifetimeOf(stayLoggedIn);
    // Sessions nobody comes back to are swept at the account's next sign-in.
    await this.#db
      .deleteFrom('loginSession')
      .where('accountId', '=', accountId)
      .where('expiresAt', '<=', now.toISOString())
      .execute();
    await this.#db
      .insertInto('loginSession')
      .values({
        idHash: hashSessionId(id),
        accountId,
        stayLoggedIn: stayLoggedIn ? 1 : 0,
        kiosk: kiosk ? 1 : 0,
        idleSeconds: kiosk ? kiosk.idleSeconds : null,
        createdAt: now.toISOString(),
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + absoluteMs).toISOString(),
      })
      .execute();
    return id;
  }

  /** The live session for a cookie's id, or null (expired ones are removed). */
  async find(id: string): Promise<SignedIn | null> {
    const idHash = hashSessionId(id);
    const now = this.#now().getTime();
    let row = this.#recent.get(idHash, now);
    if (!row) {
      row = await this.#find.first(idHash);
      if (!row) return null;
      this.#recent.set(idHash, row, now);
    }

    const stayLoggedIn = row.stayLoggedIn === 1;
    const idleMs =
      row.idleSeconds !== null ? row.idleSeconds * 1000 : lifetimeOf(stayLoggedIn).idleMs;
    const lastSeen = Date.parse(row.lastSeenAt);
    const absoluteEnd = Date.parse(row.expiresAt);
    const idleEnd = lastSeen + idleMs;
    if (now >= absoluteEnd || now >= idleEnd) {
      await this.end(idHash);
      return null;
    }

    // A kiosk's short idle time needs last_seen_at kept closer.
    if (now - lastSeen >= Math.min(lastSeenWriteInterval, idleMs / 6)) {
      const lastSeenAt = new Date(now).toISOString();
      await this.#touch.write(lastSeenAt, idHash);
      this.#recent.set(idHash, { ...row, lastSeenAt }, now);
    }
    const nextIdleEnd = now + idleMs;
    return {
      idHash,
      accountId: row.accountId,
      guardianId: row.guardianId,
      districtId: row.districtId,
      stayLoggedIn,
      kiosk: row.kiosk === 1,
      idleSeconds: Math.round(idleMs / 1000),
      expiresAt: new Date(Math.min(absoluteEnd, nextIdleEnd)).toISOString(),
    };
  }

  async end(idHash: string): Promise<void> {
    this.#recent.delete(idHash);
    await this.#remove.write(idHash);
  }

  /**
   * Ends every session of an account but `keep` (a password changed): at
   * once in this process, within the cache's two seconds in others.
   */
  async endAllOf(accountId: number, keep?: string): Promise<void> {
    let query = this.#db.deleteFrom('loginSession').where('accountId', '=', accountId);
    if (keep) query = query.where('idHash', '!=', keep);
    await query.execute();
    this.#recent.clear();
  }
}
