import {
  mealApplicationStatuses,
  type MealApplicationStatus,
} from '../../../src/api/meal-benefits.ts';
import { staffApplications, yearlyIncomeCents } from '../../meal-benefits/staff-list.ts';
import { parseCommand, textTable, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- meal-applications [--status submitted|approved|denied] ' +
  '[--district ID] [--db FILE]';

/**
 * `meal-applications`: a table for staff. It says whether the SSN digits
 * were given, never the digits (the export has them, for verification).
 */
export async function run(args: string[]): Promise<number> {
  const options = { status: { type: 'string' }, district: { type: 'string' } } as const;
  const parsed = parseCommand(args, options, usage);
  if (!parsed) return 2;
  const { status, district } = parsed.values;
  if (parsed.positionals.length > 0 || (status !== undefined && !isMealStatus(status))) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const applications = await staffApplications(db, {
      status: status as MealApplicationStatus | undefined,
      districtSourceId: district,
    });
    if (applications.length === 0) {
      process.stdout.write('No meal applications.\n');
      return 0;
    }
    const rows = applications.map((a) => [
      String(a.id),
      a.createdAt.slice(0, 16).replace('T', ' '),
      a.status,
      a.guardian,
      String(a.members.length),
      a.program ? `${a.program.toUpperCase()} ${a.caseNumber ?? ''}` : '',
      a.program ? '' : (yearlyIncomeCents(a) / 100).toFixed(2),
      a.signerName,
      a.ssnLastFour === null ? 'none' : 'given',
    ]);
    process.stdout.write(
      textTable(
        ['ID', 'Submitted', 'Status', 'Guardian', 'Members', 'Case number', 'Yearly income',
          'Signed by', 'SSN'],
        rows,
      ),
    );
    return 0;
  });
}

export function isMealStatus(text: string): text is MealApplicationStatus {
  return (mealApplicationStatuses as readonly string[]).includes(text);
}
