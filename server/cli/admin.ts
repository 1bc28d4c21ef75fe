import { parseArgs } from 'node:util';

/**
 * `npm run admin -- <command> ...`: the district IT person's commands.
 * Each command lives in its own file under admin/ and is loaded on use.
 */
const commands: Record<string, () => Promise<{ run: (args: string[]) => Promise<number> }>> = {
  'activation-key': () => import('./admin/activation-key.ts'),
  'absence-requests': () => import('./admin/absence-requests.ts'),
  'absence-request': () => import('./admin/absence-request.ts'),
  announce: () => import('./admin/announce.ts'),
  'run-jobs': () => import('./admin/run-jobs.ts'),
  'assign-fee': () => import('./admin/assign-fee.ts'),
  'food-purchase': () => import('./admin/food-purchase.ts'),
  mail: () => import('./admin/mail.ts'),
  'kiosk-code': () => import('./admin/kiosk-code.ts'),
  districts: () => import('./admin/districts.ts'),
  'meal-applications': () => import('./admin/meal-applications.ts'),
  'meal-application-export': () => import('./admin/meal-application-export.ts'),
  'meal-application': () => import('./admin/meal-application.ts'),
  'add-document': () => import('./admin/add-document.ts'),
};

const usage = `Usage: npm run admin -- <command> [options]

Commands:
  activation-key <guardian-id> [--district <id>] [--db FILE]
      Prints a single-use activation key for the guardian that the student
      information system knows by <guardian-id> (Ed-Fi: ContactUniqueId).
  absence-requests [--status S] [--district ID] [--db FILE]
      Lists absence requests (S: submitted, approved, denied, cancelled).
  absence-request <id> approve|deny [--note TEXT] [--by NAME] [--db FILE]
      Approves or denies a submitted request; the guardian is notified.
  announce "<text>" [--district ID] [--db FILE]
      A notification to every guardian with an account in the district.
  run-jobs [--at ISO-INSTANT] [--db FILE]
      Runs the jobs once (notifications for imported changes, purges).
  assign-fee <student-id> <amount> --type T --description D --due DATE [--optional]
      Assigns a fee (amount in dollars) to a student, by the SIS's id.
  food-purchase <student-id> <amount> [--description TEXT] [--at ISO-INSTANT]
      Records a cafeteria purchase; crossing a low-balance threshold notifies.
  mail [list | show <n>] [--dir DIR]
      Lists or prints the emails written under var/mail (no SMTP_URL set).
  kiosk-code [--district ID] [--idle-minutes N] [--db FILE]
      Prints a new staff code that makes a tablet a kiosk at <portal>/kiosk
      (the old code stops working); sets the kiosk idle time (default 3).
  districts [list | set <ID> | add-elsewhere <slug> | remove-elsewhere <slug>]
      The districts held here (slug, portal address, default) and the
      directory of those on other servers; run it alone for the options.
  meal-applications [--status S] [--district ID] [--db FILE]
      Lists meal benefits applications (S: submitted, approved, denied).
  meal-application-export [--status S] [--district ID] [--out FILE] [--db FILE]
      Writes the applications as CSV, one row per income.
  meal-application <id> approve|deny [--note TEXT] [--by NAME] [--db FILE]
      Approves or denies an application; the guardian is notified.
  add-document <student-id> <school-year> <file.pdf> [--title T] [--report-card] [--db FILE]
      Keeps a PDF for a student (the SIS's id) and school year (its name).
`;

async function main(argv: string[]): Promise<number> {
  const { positionals } = parseArgs({
    args: argv.slice(0, 1),
    allowPositionals: true,
    strict: false,
  });
  const name = positionals[0];
  if (!name || name === 'help' || name === '--help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage}`);
    return 2;
  }
  const command = await load();
  return command.run(argv.slice(1));
}

process.exitCode = await main(process.argv.slice(2));
