import { sql, type Kysely } from 'kysely';

/**
 * The language the district writes to a guardian in (push texts, later
 * emails): English until the guardian picks another in their settings.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE account ADD COLUMN communication_language TEXT NOT NULL
    DEFAULT 'en' CHECK (communication_language IN ('en', 'es', 'pl', 'ru'))`.execute(db);
}
