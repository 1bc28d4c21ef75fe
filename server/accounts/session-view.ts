import type { SessionResponse } from '../../src/api/account.ts';
import type { PortalDb } from '../db/database.ts';
import type { DistrictDirectory } from '../districts/directory.ts';
import { statement } from '../db/repositories/statement.ts';
import { lifetimeOf } from './session-lifetimes.ts';
import type { SignedIn } from './sessions.ts';
import { ShortCache } from './short-cache.ts';

interface WhoRow {
  guardianId: number;
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  districtId: number;
  districtName: string;
  state: string;
  timeZone: string;
  slug: string | null;
}

interface StudentRow {
  id: number;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  relation: string;
}

/** GET /api/v1/session's answer: two prepared queries, it is called often. */
export function sessionView(db: PortalDb, districts: DistrictDirectory) {
  const who = statement<WhoRow>(
    db,
    `SELECT g.id AS guardian_id, g.first_name, g.last_name, a.username,
       a.email, d.id AS district_id, d.name AS district_name, d.state,
       d.time_zone, d.slug
     FROM account a
     JOIN guardian g ON g.id = a.guardian_id
     JOIN district d ON d.id = a.district_id
     WHERE a.id = ?`,
  );
  const students = statement<StudentRow>(
    db,
    `SELECT s.id, s.first_name, s.last_name, s.preferred_name, gs.relation
     FROM guardian_student gs JOIN student s ON s.id = gs.student_id
     WHERE gs.guardian_id = ? AND gs.portal_access = 1
     ORDER BY s.first_name, s.last_name, s.id`,
  );

  // Who is signed in changes rarely (an import, a new link); two seconds
  // of staleness is the price of not reading it on every call.
  type Known = Omit<SessionResponse, 'stayLoggedIn' | 'expiresAt' | 'kiosk' | 'idleSeconds'>;
  const recent = new ShortCache<number, Known>(2_000);

  return async (session: SignedIn, now: Date): Promise<SessionResponse | null> => {
    const at = now.getTime();
    let known = recent.get(session.accountId, at);
    if (!known) {
      const row = await who.first(session.accountId);
      if (!row) return null;
      // A district imported since the last look gets its slug from the directory.
      row.slug ??= (await districts.byId(row.districtId))?.slug ?? null;
      known = describe(row, await students.all(session.guardianId));
      recent.set(session.accountId, known, at);
    }
    return {
      ...known,
      stayLoggedIn: session.stayLoggedIn,
      expiresAt: session.expiresAt,
      kiosk: session.kiosk ?? false,
      idleSeconds: session.idleSeconds ?? Math.round(lifetimeOf(session.stayLoggedIn).idleMs / 1000),
    };
  };
}

function describe(row: WhoRow, linked: StudentRow[]) {
  return {
    guardian: { id: row.guardianId, firstName: row.firstName, lastName: row.lastName },
    account: { username: row.username, email: row.email },
    district: {
      id: row.districtId,
      name: row.districtName,
      state: row.state,
      timeZone: row.timeZone,
      slug: row.slug ?? String(row.districtId),
    },
    students: linked,
  };
}
