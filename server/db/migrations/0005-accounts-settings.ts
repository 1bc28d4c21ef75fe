import { sql, type Kysely } from 'kysely';
import { uniqueSlug } from '../../districts/slugs.ts';

/**
 * Accounts, settings, several districts and kiosks (issue 6):
 *
 * - district: a slug (for X-District, cookie names and links), the portal
 *   address emails link to (null: the address the request came to), the
 *   kiosk idle time and the kiosk staff code's hash (argon2id);
 * - district_directory: districts whose portal is on another server;
 * - account: the portal language and the grade-below percentage; turned
 *   off notification kinds and contact preferences in their own tables;
 * - account_token: single-use password reset and email change links, only
 *   their SHA-256 kept;
 * - login_session: kiosk sessions and their idle time;
 * - kiosk_device: devices staff made kiosks, by their cookie's hash.
 *
 * The lunch-balance threshold (account.low_balance_threshold_cents) comes
 * with 0004-money.
 */
const statements = `
ALTER TABLE district ADD COLUMN slug TEXT;
ALTER TABLE district ADD COLUMN portal_address TEXT;
ALTER TABLE district ADD COLUMN kiosk_idle_seconds INTEGER NOT NULL DEFAULT 180
  CHECK (kiosk_idle_seconds BETWEEN 30 AND 3600);
ALTER TABLE district ADD COLUMN kiosk_code_hash TEXT;
CREATE UNIQUE INDEX district_slug ON district (slug);

CREATE TABLE district_directory (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  portal_address TEXT NOT NULL
);

ALTER TABLE account ADD COLUMN portal_language TEXT
  CHECK (portal_language IN ('en', 'es', 'zh-Hans', 'zh-Hant'));
ALTER TABLE account ADD COLUMN grade_below_percent INTEGER
  CHECK (grade_below_percent BETWEEN 1 AND 100);

CREATE TABLE notification_setting (
  account_id INTEGER NOT NULL REFERENCES account (id),
  kind TEXT NOT NULL,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  PRIMARY KEY (account_id, kind)
);

CREATE TABLE contact_preference (
  account_id INTEGER NOT NULL REFERENCES account (id),
  message_type TEXT NOT NULL CHECK (message_type IN
    ('emergency', 'attendance', 'behaviour', 'general', 'priority', 'teacher')),
  voice INTEGER NOT NULL CHECK (voice IN (0, 1)),
  text INTEGER NOT NULL CHECK (text IN (0, 1)),
  email INTEGER NOT NULL CHECK (email IN (0, 1)),
  PRIMARY KEY (account_id, message_type)
);

CREATE TABLE account_token (
  token_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  purpose TEXT NOT NULL CHECK (purpose IN ('password_reset', 'email_change')),
  new_email TEXT,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX account_token_by_account ON account_token (account_id, purpose);

ALTER TABLE login_session ADD COLUMN kiosk INTEGER NOT NULL DEFAULT 0;
ALTER TABLE login_session ADD COLUMN idle_seconds INTEGER;

CREATE TABLE kiosk_device (
  id_hash TEXT PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  created_at TEXT NOT NULL
)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements.split(/;\s*\n/)) {
    await sql.raw(statement).execute(db);
  }
  // Districts that exist already get a slug from their name.
  const districts = await sql<{ id: number; name: string }>`
    SELECT id, name FROM district ORDER BY id`.execute(db);
  const taken = new Set<string>();
  for (const district of districts.rows) {
    const slug = uniqueSlug(district.name, taken);
    taken.add(slug);
    await sql`UPDATE district SET slug = ${slug} WHERE id = ${district.id}`.execute(db);
  }
}
