import { sql, type Kysely } from 'kysely';

/**
 * Writes from guardians and what the server tells them: absence requests
 * with their excuse list, idempotency keys of retried writes,
 * notifications, web push subscriptions and the server's own settings
 * (its VAPID keys, job cursors).
 *
 * None of these is delta-synced: the app reads requests and notifications
 * through their own routes (they are the guardian's own, few and short
 * lived), so they carry no `version`.
 */
const tables = `
CREATE TABLE excuse (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  name TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, name)
);

-- kind: full_day (first_date..last_date), arrive_late or leave_early (one
-- date, time = arrival or departure). status: submitted, approved, denied,
-- cancelled.
CREATE TABLE absence_request (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  account_id INTEGER NOT NULL REFERENCES account (id),
  excuse_id INTEGER NOT NULL REFERENCES excuse (id),
  kind TEXT NOT NULL CHECK (kind IN ('full_day', 'arrive_late', 'leave_early')),
  first_date TEXT NOT NULL,
  last_date TEXT NOT NULL,
  time TEXT,
  comment TEXT,
  status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'denied', 'cancelled')),
  staff_note TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX absence_request_by_guardian ON absence_request (guardian_id, created_at);
CREATE INDEX absence_request_by_status ON absence_request (district_id, status);

-- school_days: the school days of the range for this student's school.
CREATE TABLE absence_request_student (
  absence_request_id INTEGER NOT NULL REFERENCES absence_request (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  school_days INTEGER NOT NULL,
  PRIMARY KEY (absence_request_id, student_id)
);

-- Every status a request took, by whom: actor_kind guardian (actor = the
-- account id) or staff (actor = the name given to the admin command).
CREATE TABLE absence_request_change (
  id INTEGER PRIMARY KEY,
  absence_request_id INTEGER NOT NULL REFERENCES absence_request (id),
  status TEXT NOT NULL,
  actor_kind TEXT NOT NULL CHECK (actor_kind IN ('guardian', 'staff')),
  actor TEXT NOT NULL,
  note TEXT,
  changed_at TEXT NOT NULL
);
CREATE INDEX absence_request_change_by_request ON absence_request_change (absence_request_id);

-- A write's Idempotency-Key, claimed (status_code NULL) before the work
-- and completed with the answer after it.
CREATE TABLE idempotency_key (
  account_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status_code INTEGER,
  response_body TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (account_id, key)
);
CREATE INDEX idempotency_key_by_age ON idempotency_key (created_at);

-- kind and params let the app write the text in its own language; title
-- and body are the server's text for push messages.
CREATE TABLE notification (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  kind TEXT NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  link TEXT,
  read INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX notification_by_guardian ON notification (guardian_id, id);
CREATE INDEX notification_by_expiry ON notification (expires_at);

-- A browser's push subscription, tied to its login session: signing out
-- (or the session being removed) ends the pushes to that browser.
CREATE TABLE push_subscription (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  session_id_hash TEXT NOT NULL REFERENCES login_session (id_hash) ON DELETE CASCADE,
  endpoint TEXT NOT NULL UNIQUE,
  p256dh TEXT NOT NULL,
  auth TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX push_subscription_by_account ON push_subscription (account_id);
CREATE INDEX push_subscription_by_session ON push_subscription (session_id_hash);

CREATE TABLE server_setting (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = tables
    .replace(/^--.*$/gm, '')
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
  // Districts that exist already get the default excuses; new ones get
  // them from ensureDefaultExcuses.
  await sql`
    INSERT INTO excuse (district_id, name, sort_order)
    SELECT d.id, x.name, x.sort_order FROM district d,
      (SELECT 'Sick' AS name, 1 AS sort_order
       UNION ALL SELECT 'Doctor', 2 UNION ALL SELECT 'Vacation', 3) x
  `.execute(db);
}
