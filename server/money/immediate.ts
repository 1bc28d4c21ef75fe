import { sql, type Kysely } from 'kysely';
import type { PortalDb } from '../db/database.ts';
import type { Database } from '../db/schema.ts';

export type MoneyTrx = Kysely<Database>;

/**
 * A transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE),
 * so the check of what is owed and the write that relies on it cannot be
 * split by another writer, in this process or another one on the same
 * file. Kysely's own transaction() begins DEFERRED, which lets two
 * connections both read and then one fail (or both pass) at the write.
 */
export async function immediateTransaction<T>(
  db: PortalDb,
  work: (trx: MoneyTrx) => Promise<T>,
): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`BEGIN IMMEDIATE`.execute(connection);
    try {
      const result = await work(connection);
      await sql`COMMIT`.execute(connection);
      return result;
    } catch (error) {
      await sql`ROLLBACK`.execute(connection);
      throw error;
    }
  });
}
