import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { MealApplicationStatus } from '../../../src/api/meal-benefits.ts';
import { staffApplications, yearlyIncomeCents } from '../../meal-benefits/staff-list.ts';
import { isMealStatus } from './meal-applications.ts';
import { parseCommand, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- meal-application-export [--status S] [--district ID] ' +
  '[--out FILE] [--db FILE]';

const header = [
  'application_id', 'submitted_at', 'status', 'guardian', 'assistance_program', 'case_number',
  'signer_name', 'ssn_last_four', 'yearly_income', 'member_position', 'member_name',
  'student_id', 'income_source', 'income_amount', 'income_frequency',
];

/**
 * `meal-application-export`: CSV for the district's eligibility system,
 * one row per income (or per member without one). It holds the last four
 * digits, which the verification needs: written to --out or standard
 * output only, never to a log.
 */
export async function run(args: string[]): Promise<number> {
  const options = {
    status: { type: 'string' },
    district: { type: 'string' },
    out: { type: 'string' },
  } as const;
  const parsed = parseCommand(args, options, usage);
  if (!parsed) return 2;
  const { status, district, out } = parsed.values;
  if (parsed.positionals.length > 0 || (status !== undefined && !isMealStatus(status))) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  return withDatabase(parsed.values.db, async (db) => {
    const applications = await staffApplications(db, {
      status: status as MealApplicationStatus | undefined,
      districtSourceId: district,
    });
    const records: string[][] = [];
    for (const a of applications) {
      const common = [
        String(a.id), a.createdAt, a.status, a.guardian, a.program ?? '', a.caseNumber ?? '',
        a.signerName, a.ssnLastFour ?? 'none',
        a.program ? '' : (yearlyIncomeCents(a) / 100).toFixed(2),
      ];
      for (const [position, member] of a.members.entries()) {
        const person = [String(position + 1), member.name, member.studentId ?? ''];
        if (member.incomes.length === 0) records.push([...common, ...person, '', '', '']);
        for (const income of member.incomes) {
          records.push([
            ...common, ...person, income.source, (income.amountCents / 100).toFixed(2),
            income.frequency,
          ]);
        }
      }
    }
    const csv = stringify(records, { header: true, columns: header });
    if (out) {
      writeFileSync(out, csv, { mode: 0o600 });
      process.stderr.write(`${applications.length} applications written to ${out}.\n`);
    } else {
      process.stdout.write(csv);
    }
    return 0;
  });
}
