import { sql, type Kysely } from 'kysely';

/**
 * Money: fees, food service accounts, optional payments, payment methods,
 * orders with their lines, payments, receipts, recurring payments and the
 * ledger every balance is read from.
 *
 * The ledger is append-only (triggers refuse UPDATE and DELETE): a fee's
 * paid amount and a food service account's balance are sums of its
 * entries, in whole cents, so no balance is ever overwritten. A trigger
 * also refuses an entry that would pay a fee beyond its amount, whatever
 * code path tries it.
 */
const tables = `
CREATE TABLE fee (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  type TEXT NOT NULL,
  description TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  due_date TEXT NOT NULL,
  optional INTEGER NOT NULL DEFAULT 0 CHECK (optional IN (0, 1)),
  assigned_at TEXT NOT NULL
);
CREATE INDEX fee_by_student ON fee (student_id, due_date);

CREATE TABLE food_service_account (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL UNIQUE REFERENCES student (id),
  created_at TEXT NOT NULL
);

-- Offered to every student enrolled at school_id in school_year_id (all
-- the district's schools when school_id is NULL).
CREATE TABLE optional_payment (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  school_id INTEGER REFERENCES school (id),
  school_year_id INTEGER NOT NULL REFERENCES school_year (id),
  kind TEXT NOT NULL CHECK (kind IN ('yearbook', 'field_trip', 'school_store',
    'activity_registration')),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  available_until TEXT,
  max_quantity INTEGER NOT NULL DEFAULT 1 CHECK (max_quantity > 0),
  created_at TEXT NOT NULL
);

-- Only the processor's token and what a person needs to recognise the
-- method: never a card number or security code.
CREATE TABLE payment_method (
  id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES account (id),
  processor TEXT NOT NULL,
  token TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('card', 'bank')),
  brand TEXT,
  last_four TEXT NOT NULL,
  expiry_month INTEGER,
  expiry_year INTEGER,
  account_type TEXT CHECK (account_type IN ('checking', 'savings')),
  nickname TEXT,
  created_at TEXT NOT NULL,
  removed_at TEXT
);
CREATE INDEX payment_method_by_account ON payment_method (account_id);

CREATE TABLE recurring_payment (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('fee', 'food_service_account')),
  fee_id INTEGER REFERENCES fee (id),
  food_service_account_id INTEGER REFERENCES food_service_account (id),
  frequency TEXT NOT NULL CHECK (frequency IN ('weekly', 'semi_monthly', 'monthly',
    'low_balance')),
  start_date TEXT NOT NULL,
  end_date TEXT,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  low_balance_cents INTEGER,
  payment_method_id INTEGER NOT NULL REFERENCES payment_method (id),
  receipt_email TEXT NOT NULL,
  created_by_account_id INTEGER NOT NULL REFERENCES account (id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  ended_at TEXT,
  ended_reason TEXT
);
CREATE INDEX recurring_payment_by_student ON recurring_payment (student_id);

CREATE TABLE "order" (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  account_id INTEGER NOT NULL REFERENCES account (id),
  guardian_id INTEGER NOT NULL REFERENCES guardian (id),
  source TEXT NOT NULL CHECK (source IN ('checkout', 'recurring')),
  recurring_payment_id INTEGER REFERENCES recurring_payment (id),
  total_cents INTEGER NOT NULL CHECK (total_cents > 0),
  receipt_email TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX order_by_guardian ON "order" (guardian_id, id);

CREATE TABLE order_line (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL REFERENCES "order" (id),
  kind TEXT NOT NULL CHECK (kind IN ('fee', 'food_deposit', 'optional_payment')),
  student_id INTEGER NOT NULL REFERENCES student (id),
  fee_id INTEGER REFERENCES fee (id),
  food_service_account_id INTEGER REFERENCES food_service_account (id),
  optional_payment_id INTEGER REFERENCES optional_payment (id),
  quantity INTEGER NOT NULL DEFAULT 1,
  description TEXT NOT NULL,
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0)
);
CREATE INDEX order_line_by_order ON order_line (order_id);
CREATE INDEX order_line_by_fee ON order_line (fee_id);

-- processor_key: the idempotency key the charge was sent with, so a
-- retried charge is never a second one.
CREATE TABLE payment (
  id INTEGER PRIMARY KEY,
  order_id INTEGER NOT NULL UNIQUE REFERENCES "order" (id),
  payment_method_id INTEGER NOT NULL REFERENCES payment_method (id),
  amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  status TEXT NOT NULL CHECK (status IN ('pending', 'succeeded', 'declined', 'failed',
    'refunded')),
  processor_key TEXT NOT NULL UNIQUE,
  processor_charge_id TEXT,
  failure_code TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX payment_by_status ON payment (status);

CREATE TABLE receipt (
  id INTEGER PRIMARY KEY,
  payment_id INTEGER NOT NULL UNIQUE REFERENCES payment (id),
  number TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL,
  issued_at TEXT NOT NULL
);

-- One row per scheduled date of a recurring payment: the UNIQUE pair is
-- what makes a second run of the job on the same day charge nothing.
CREATE TABLE recurring_payment_run (
  id INTEGER PRIMARY KEY,
  recurring_payment_id INTEGER NOT NULL REFERENCES recurring_payment (id),
  run_date TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  payment_id INTEGER REFERENCES payment (id),
  created_at TEXT NOT NULL,
  UNIQUE (recurring_payment_id, run_date)
);

-- amount_cents is signed from the account's side: a fee payment or a food
-- deposit is positive, a food purchase negative.
CREATE TABLE ledger_entry (
  id INTEGER PRIMARY KEY,
  district_id INTEGER NOT NULL REFERENCES district (id),
  student_id INTEGER NOT NULL REFERENCES student (id),
  kind TEXT NOT NULL CHECK (kind IN ('fee_payment', 'food_deposit', 'food_purchase',
    'food_adjustment', 'food_refund', 'optional_payment')),
  fee_id INTEGER REFERENCES fee (id),
  food_service_account_id INTEGER REFERENCES food_service_account (id),
  optional_payment_id INTEGER REFERENCES optional_payment (id),
  payment_id INTEGER REFERENCES payment (id),
  quantity INTEGER NOT NULL DEFAULT 1,
  amount_cents INTEGER NOT NULL CHECK (amount_cents <> 0),
  description TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX ledger_entry_by_fee ON ledger_entry (fee_id);
CREATE INDEX ledger_entry_by_food_account ON ledger_entry (food_service_account_id, id);
CREATE INDEX ledger_entry_by_optional ON ledger_entry (optional_payment_id, student_id);

CREATE TRIGGER ledger_entry_no_update BEFORE UPDATE ON ledger_entry
BEGIN
  SELECT RAISE(ABORT, 'ledger entries are append-only');
END;

CREATE TRIGGER ledger_entry_no_delete BEFORE DELETE ON ledger_entry
BEGIN
  SELECT RAISE(ABORT, 'ledger entries are append-only');
END;

CREATE TRIGGER ledger_entry_never_overpays BEFORE INSERT ON ledger_entry
WHEN NEW.fee_id IS NOT NULL
BEGIN
  SELECT RAISE(ABORT, 'fee overpaid')
  WHERE (SELECT COALESCE(SUM(amount_cents), 0) FROM ledger_entry WHERE fee_id = NEW.fee_id)
    + NEW.amount_cents > (SELECT amount_cents FROM fee WHERE id = NEW.fee_id);
END;

ALTER TABLE account ADD COLUMN low_balance_threshold_cents INTEGER NOT NULL DEFAULT 500
  CHECK (low_balance_threshold_cents >= 0)
`;

export async function up(db: Kysely<unknown>): Promise<void> {
  // Split on the blank line after each statement: triggers hold ';' inside.
  const statements = tables
    .replace(/^--.*$/gm, '')
    .split(/;\s*\n(?=\s*\n|\s*CREATE|\s*ALTER)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}
