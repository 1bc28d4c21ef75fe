import { sql, type Kysely } from 'kysely';

/**
 * The core model: a district and everything its student information system
 * knows about its students and their guardians, plus portal accounts.
 *
 * Every table a guardian's device copies has `version`, stamped from
 * `sync_clock` by triggers on insert and update; deletions leave a row in
 * `tombstone`. The delta sync reads both. Writers that mean "unchanged" must
 * not issue an UPDATE at all, or the row is sent again.
 *
 * TODO: the triggers are SQLite's; a PostgreSQL deployment needs the same
 * stamping written as PL/pgSQL functions.
 */

/** Tables that a guardian's device receives through the delta sync. */
export const syncedTables = [
  'school',
  'school_year',
  'term',
  'grading_period',
  'calendar',
  'calendar_day',
  'bell_schedule',
  'period',
  'bell_schedule_period',
  'course',
  'staff',
  'section',
  'section_period',
  'section_staff',
  'student',
  'guardian',
  'guardian_student',
  'enrollment',
  'section_placement',
  'assignment',
  'score',
  'grade',
  'attendance_event',
] as const;

const tables = `
CREATE TABLE sync_clock (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  version INTEGER NOT NULL
);
INSERT INTO sync_clock (id, version) VALUES (1, 0);

CREATE TABLE tombstone (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER NOT NULL,
  version INTEGER NOT NULL
);
CREATE INDEX tombstone_by_version ON tombstone (district_id, version);

CREATE TABLE district (
  id INTEGER PRIMARY KEY,
  source_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  state TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  password_min_length INTEGER NOT NULL DEFAULT 8,
  password_min_kinds INTEGER NOT NULL DEFAULT 3,
  created_at TEXT NOT NULL
);

CREATE TABLE school (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  uses_gradebook INTEGER NOT NULL DEFAULT 1,
  phone TEXT,
  address TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);

CREATE TABLE school_year (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  name TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, name)
);

-- A term is what an SIS calls a session (Ed-Fi Session, OneRoster
-- academicSession of type term or semester): the span a section runs in.
CREATE TABLE term (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  instructional_days INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

CREATE TABLE grading_period (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  term_id INTEGER REFERENCES term (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

CREATE TABLE calendar (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

-- kind: instructional, holiday, teacher_only, weather, other.
-- inferred: made from term dates (weekdays) when the export had no calendar.
CREATE TABLE calendar_day (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  calendar_id INTEGER NOT NULL REFERENCES calendar (id),
  date TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT,
  inferred INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (calendar_id, date)
);

CREATE TABLE bell_schedule (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

-- A class period of a school: "01 - Traditional", with its usual times.
CREATE TABLE period (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  source_id TEXT NOT NULL,
  name TEXT NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0,
  start_time TEXT,
  end_time TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

CREATE TABLE bell_schedule_period (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  bell_schedule_id INTEGER NOT NULL REFERENCES bell_schedule (id),
  period_id INTEGER NOT NULL REFERENCES period (id),
  start_time TEXT,
  end_time TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (bell_schedule_id, period_id)
);

CREATE TABLE course (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER REFERENCES school (id),
  source_id TEXT NOT NULL,
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  subject TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  source_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  title TEXT,
  email TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);

CREATE TABLE section (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  course_id INTEGER NOT NULL REFERENCES course (id),
  term_id INTEGER NOT NULL REFERENCES term (id),
  source_id TEXT NOT NULL,
  name TEXT,
  room TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (school_id, source_id)
);

-- When a section meets: a period, on some days (a string of ISO weekday
-- digits, 1 = Monday; "12345" every school day).
CREATE TABLE section_period (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  section_id INTEGER NOT NULL REFERENCES section (id),
  period_id INTEGER NOT NULL REFERENCES period (id),
  days TEXT NOT NULL DEFAULT '12345',
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (section_id, period_id)
);

CREATE TABLE section_staff (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  section_id INTEGER NOT NULL REFERENCES section (id),
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  role TEXT NOT NULL DEFAULT 'teacher',
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (section_id, staff_id)
);

CREATE TABLE student (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  source_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  middle_name TEXT,
  last_name TEXT NOT NULL,
  preferred_name TEXT,
  birth_date TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);

CREATE TABLE guardian (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  source_id TEXT NOT NULL,
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);

CREATE TABLE guardian_student (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  relation TEXT NOT NULL DEFAULT 'guardian',
  portal_access INTEGER NOT NULL DEFAULT 1,
  lives_with INTEGER,
  emergency_contact INTEGER,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (guardian_id, student_id)
);
CREATE INDEX guardian_student_by_student ON guardian_student (student_id);

CREATE TABLE enrollment (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  grade_level TEXT,
  start_date TEXT NOT NULL,
  end_date TEXT,
  inferred INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (student_id, school_id, school_year_id)
);
CREATE INDEX enrollment_by_school ON enrollment (school_id);

CREATE TABLE section_placement (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  section_id INTEGER NOT NULL REFERENCES section (id),
  start_date TEXT,
  end_date TEXT,
  inferred INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (student_id, section_id)
);
CREATE INDEX section_placement_by_section ON section_placement (section_id);

CREATE TABLE assignment (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  section_id INTEGER NOT NULL REFERENCES section (id),
  grading_period_id INTEGER REFERENCES grading_period (id),
  source_id TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT,
  category TEXT,
  assigned_date TEXT,
  due_date TEXT,
  points_possible REAL,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);
CREATE INDEX assignment_by_section ON assignment (section_id);

-- A student's result on an assignment. points is the points earned; mark
-- is a letter or word mark where the teacher gave one instead.
CREATE TABLE score (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  assignment_id INTEGER NOT NULL REFERENCES assignment (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  points REAL,
  mark TEXT,
  comment TEXT,
  missing INTEGER NOT NULL DEFAULT 0,
  late INTEGER NOT NULL DEFAULT 0,
  turned_in INTEGER NOT NULL DEFAULT 0,
  dropped INTEGER NOT NULL DEFAULT 0,
  incomplete INTEGER NOT NULL DEFAULT 0,
  exempt INTEGER NOT NULL DEFAULT 0,
  scored_at TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (assignment_id, student_id)
);
CREATE INDEX score_by_student ON score (student_id);

-- A grading task's grade for a student in a section: in_progress while the
-- gradebook is open, posted once the term's grades are final.
CREATE TABLE grade (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  section_id INTEGER NOT NULL REFERENCES section (id),
  grading_period_id INTEGER REFERENCES grading_period (id),
  task TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('in_progress', 'posted')),
  percent REAL,
  mark TEXT,
  comment TEXT,
  posted_at TEXT,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (student_id, section_id, grading_period_id, task, status)
);
CREATE INDEX grade_by_student ON grade (student_id);

-- category: absence, tardy, early_departure, present.
-- excuse: excused, unexcused, unknown.
CREATE TABLE attendance_event (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  school_id INTEGER NOT NULL REFERENCES school (id),
  section_id INTEGER REFERENCES section (id),
  term_id INTEGER REFERENCES term (id),
  source_id TEXT NOT NULL,
  date TEXT NOT NULL,
  category TEXT NOT NULL,
  excuse TEXT NOT NULL DEFAULT 'unknown',
  code TEXT,
  comment TEXT,
  arrival_time TEXT,
  departure_time TEXT,
  minutes INTEGER,
  day_fraction REAL,
  version INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_id, source_id)
);
CREATE INDEX attendance_event_by_student ON attendance_event (student_id, date);

CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL UNIQUE REFERENCES guardian (id),
  username TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  email TEXT NOT NULL,
  created_at TEXT NOT NULL,
  password_changed_at TEXT NOT NULL
);
CREATE UNIQUE INDEX account_username ON account (district_id, username COLLATE NOCASE);

CREATE TABLE activation_key (
  key TEXT PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  created_at TEXT NOT NULL,
  used_at TEXT
);

-- A signed-in browser. id_hash is the SHA-256 of the cookie's random id,
-- so a copy of the database does not hand out live sessions.
CREATE TABLE login_session (
  id_hash TEXT PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  stay_logged_in INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX login_session_by_account ON login_session (account_id);
`;

function stampTriggers(table: string): string[] {
  const stamp = `UPDATE sync_clock SET version = version + 1;
    UPDATE ${table} SET version = (SELECT version FROM sync_clock)
    WHERE id = NEW.id;`;
  return [
    `CREATE INDEX ${table}_by_version ON ${table} (district_id, version)`,
    `CREATE TRIGGER ${table}_stamp_insert AFTER INSERT ON ${table}
     BEGIN ${stamp} END`,
    `CREATE TRIGGER ${table}_stamp_update AFTER UPDATE ON ${table}
     WHEN NEW.version = OLD.version
     BEGIN ${stamp} END`,
    `CREATE TRIGGER ${table}_tombstone AFTER DELETE ON ${table}
     BEGIN
       UPDATE sync_clock SET version = version + 1;
       INSERT INTO tombstone (district_id, entity, entity_id, version)
       VALUES (OLD.district_id, '${table}', OLD.id,
         (SELECT version FROM sync_clock));
     END`,
  ];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  // The table script has no semicolons but those that end statements.
  const statements = tables
    .replace(/^--.*$/gm, '')
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  statements.push(...syncedTables.flatMap(stampTriggers));
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
