import { assignFee } from '../../money/assign-fee.ts';
import { parseDollars } from '../../money/cents.ts';
import { findStudent } from './money-student.ts';
import { isCalendarDate, parseCommand, refuse, withDatabase } from './open.ts';

const usage =
  'Usage: npm run admin -- assign-fee <student-id> <amount> --type TYPE --description TEXT\n' +
  '         --due YYYY-MM-DD [--school-year NAME] [--optional] [--district ID] [--db FILE]';

/**
 * `assign-fee <student-id> <amount> ...`: the district assigns a fee (the
 * amount in dollars, such as 45.00) to a student, known by the SIS's id.
 * The school year is the one holding the due date unless named.
 */
export async function run(args: string[]): Promise<number> {
  const parsed = parseCommand(
    args,
    {
      type: { type: 'string' },
      description: { type: 'string' },
      due: { type: 'string' },
      'school-year': { type: 'string' },
      optional: { type: 'boolean' },
      district: { type: 'string' },
    },
    usage,
  );
  if (!parsed) return 2;
  const [studentSourceId, amountText, ...extra] = parsed.positionals;
  const { type, description, due } = parsed.values;
  if (!studentSourceId || !amountText) return refuse('Name the student and the amount.', usage);
  if (extra.length > 0) return refuse(`Unexpected: ${extra.join(' ')}.`, usage);
  const amountCents = parseDollars(amountText);
  if (!amountCents) {
    return refuse(`${amountText} is not an amount in dollars and cents, such as 45.00.`, usage);
  }
  if (!type?.trim()) return refuse('--type is needed, such as "Activity".', usage);
  if (!description?.trim()) return refuse('--description is needed.', usage);
  if (!due || !isCalendarDate(due)) {
    return refuse(`--due needs a date as YYYY-MM-DD${due ? `, not ${due}` : ''}.`, usage);
  }
  return withDatabase(parsed.values.db, async (db) => {
    const student = await findStudent(db, studentSourceId, parsed.values.district);
    if (!student.ok) {
      process.stderr.write(`${student.message}\n`);
      return 1;
    }
    const yearName = parsed.values['school-year'];
    let yearQuery = db
      .selectFrom('schoolYear')
      .select(['id', 'name'])
      .where('districtId', '=', student.districtId);
    yearQuery = yearName
      ? yearQuery.where('name', '=', yearName)
      : yearQuery.where('startDate', '<=', due).where('endDate', '>=', due);
    const year = await yearQuery.executeTakeFirst();
    if (!year) {
      process.stderr.write(
        yearName
          ? `No school year named ${yearName}.\n`
          : `No school year holds ${due}: name one with --school-year.\n`,
      );
      return 1;
    }
    const id = await assignFee(
      db,
      {
        studentId: student.id,
        schoolYearId: year.id,
        type: type.trim(),
        description: description.trim(),
        amountCents, dueDate: due, optional: parsed.values.optional ?? false,
      },
      new Date(),
    );
    process.stdout.write(`Assigned fee ${id} (${amountCents} cents, ${year.name}).\n`);
    return 0;
  });
}
