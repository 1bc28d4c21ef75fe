import { userInfo } from 'node:os';
import { ApiProblem } from '../../http/errors.ts';
import { processMealApplication } from '../../meal-benefits/process.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- meal-application <id> approve|deny [--note TEXT] [--by NAME] ' +
  '[--db FILE]';

/**
 * `meal-application <id> approve|deny`: staff's decision, recorded with who
 * made it (--by, else the system user); the guardian is notified.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(args, { note: { type: 'string' }, by: { type: 'string' } }, usage);
  if (!parsed) return 2;
  const [idText, decision, ...extra] = parsed.positionals;
  const id = Number(idText);
  const known = decision === 'approve' || decision === 'deny';
  if (!Number.isSafeInteger(id) || id < 1 || !known || extra.length > 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const note = parsed.values.note?.trim() || null;
  const by = parsed.values.by ?? userInfo().username;
  return withDatabase(parsed.values.db, async (db) => {
    try {
      await processMealApplication(db, id, decision, { note, by, now: new Date(), push: {} });
      const done = decision === 'approve' ? 'approved' : 'denied';
      process.stdout.write(`Meal application ${id} ${done}; the guardian was notified.\n`);
      return 0;
    } catch (error) {
      if (error instanceof ApiProblem) {
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
      throw error;
    }
  });
}
