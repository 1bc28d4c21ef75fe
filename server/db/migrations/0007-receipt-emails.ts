import { sql, type Kysely } from 'kysely';

/**
 * A receipt remembers when its email was handed to the mail server, so a
 * receipt the mail server refused is sent again by the jobs instead of
 * being lost. Receipts made before this kept no such mark: they count as
 * sent, so none is mailed twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE receipt ADD COLUMN emailed_at TEXT`.execute(db);
  await sql`UPDATE receipt SET emailed_at = issued_at`.execute(db);
  await sql`CREATE INDEX receipt_unsent ON receipt (issued_at) WHERE emailed_at IS NULL`.execute(db);
}
