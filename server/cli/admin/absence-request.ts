import { userInfo } from 'node:os';
import { processAbsenceRequest } from '../../absences/process.ts';
import { ApiProblem } from '../../http/errors.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- absence-request <id> approve|deny [--note TEXT] [--by NAME] [--db FILE]';

/**
 * `absence-request <id> approve|deny [--note TEXT] [--by NAME]`: staff's
 * decision, recorded with who made it (--by, else the system user), and
 * sent to the guardian as a notification and a push.
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
      const { push } = await processAbsenceRequest(db, id, decision, {
        note, by, now: new Date(), push: {},
      });
      process.stdout.write(
        `Request ${id} ${decision === 'approve' ? 'approved' : 'denied'}; ` +
          'the guardian was notified ' +
          `(${push.sent} push message${push.sent === 1 ? '' : 's'} sent).\n`,
      );
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
