import { parseDollars } from '../../money/cents.ts';
import { recordFoodEntry } from '../../money/food-purchase.ts';
import { findStudent } from './money-student.ts';
import { parseCommand, refuse, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- food-purchase <student-id> <amount> [--description TEXT] [--at ISO]\n' +
  '         [--district ID] [--db FILE]';

/**
 * `food-purchase <student-id> <amount>`: a purchase at the cafeteria
 * register (amount in dollars) taken from the student's food service
 * account; guardians whose low-balance threshold it crosses are notified.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(
    args,
    { description: { type: 'string' }, at: { type: 'string' }, district: { type: 'string' } },
    usage,
  );
  if (!parsed) return 2;
  const [studentSourceId, amountText, ...extra] = parsed.positionals;
  if (!studentSourceId || !amountText) return refuse('Name the student and the amount.', usage);
  if (extra.length > 0) return refuse(`Unexpected: ${extra.join(' ')}.`, usage);
  const amountCents = parseDollars(amountText);
  if (!amountCents) {
    return refuse(`${amountText} is not an amount in dollars and cents, such as 3.25.`, usage);
  }
  const at = parsed.values.at ? new Date(parsed.values.at) : new Date();
  if (Number.isNaN(at.getTime())) {
    return refuse(`--at needs an instant such as 2026-03-02T12:15:00Z, not ${parsed.values.at}.`, usage);
  }
  return withDatabase(parsed.values.db, async (db) => {
    const student = await findStudent(db, studentSourceId, parsed.values.district);
    if (!student.ok) {
      process.stderr.write(`${student.message}\n`);
      return 1;
    }
    const change = await recordFoodEntry(
      db,
      {
        studentId: student.id,
        amountCents,
        description: parsed.values.description?.trim() || 'Purchase',
        at,
      },
      { push: {} },
    );
    process.stdout.write(`Recorded. Balance ${change.after} cents (was ${change.before}).\n`);
    return 0;
  });
}
