import { sql, type Kysely } from 'kysely';

/**
 * Meal benefits applications and the students' PDF documents.
 *
 * An application keeps of the signer's social security number only the
 * last four digits the form asks for (NULL for "none"), never more; no
 * other table, log or answer to the guardian holds them.
 *
 * Documents keep their PDF bytes in the row (a BLOB): report cards are
 * tens of kilobytes, the database stays the one file to back up, and a
 * document and its bytes are written (and removed) in one transaction.
 */
const tables = `
-- status: submitted, approved, denied. assistance_program and case_number
-- are set together (and then no member has incomes).
CREATE TABLE meal_application (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  account_id INTEGER NOT NULL REFERENCES account (id),
  assistance_program TEXT CHECK (assistance_program IN ('snap', 'tanf', 'fdpir')),
  case_number TEXT,
  signer_name TEXT NOT NULL,
  ssn_last_four TEXT CHECK (ssn_last_four GLOB '[0-9][0-9][0-9][0-9]'),
  status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'denied')),
  staff_note TEXT,
  decided_by TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((assistance_program IS NULL) = (case_number IS NULL))
);
CREATE INDEX meal_application_by_guardian ON meal_application (guardian_id, created_at);
CREATE INDEX meal_application_by_status ON meal_application (district_id, status);

-- student_id: one of the guardian's students; NULL for others of the household.
CREATE TABLE meal_application_member (
  id INTEGER PRIMARY KEY,
  meal_application_id INTEGER NOT NULL REFERENCES meal_application (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  student_id INTEGER REFERENCES student (id),
  UNIQUE (meal_application_id, position)
);

CREATE TABLE meal_application_income (
  id INTEGER PRIMARY KEY,
  meal_application_member_id INTEGER NOT NULL REFERENCES meal_application_member (id),
  source TEXT NOT NULL CHECK (source IN ('earnings', 'support', 'pension', 'other')),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  frequency TEXT NOT NULL
    CHECK (frequency IN ('weekly', 'every_two_weeks', 'twice_a_month', 'monthly', 'yearly'))
);
CREATE INDEX meal_application_income_by_member
  ON meal_application_income (meal_application_member_id);

-- kind: report_card (made from posted grades) or document (added by staff).
CREATE TABLE student_document (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  kind TEXT NOT NULL CHECK (kind IN ('report_card', 'document')),
  title TEXT NOT NULL,
  file_name TEXT NOT NULL,
  byte_size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX student_document_by_student ON student_document (student_id, school_year_id);
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
}
