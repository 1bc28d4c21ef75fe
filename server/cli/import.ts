import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { openPortalDatabase } from '../db/database.ts';
import { ImportError, importEdFi } from '../import/edfi/import.ts';
import { importOneRoster } from '../import/oneroster/import.ts';
import { formatSummary, type ImportSummary } from '../import/report.ts';
import { isTimeZone } from '../import/time-zones.ts';

const usage = `Usage: npm run import -- edfi <dir> [--db FILE] [--time-zone ZONE] [--prune] [--json]
       npm run import -- oneroster <dir> [--db FILE] [--district NAME] [--time-zone ZONE] [--json]

Imports the Ed-Fi XML interchange files, or the OneRoster 1.0/1.1/1.2 CSV
bundle (or School Data Sync 2.1 folder), in <dir> into the portal database.
Running it again with the same files changes nothing.

  --db FILE          the database (default: $PORTAL_DB or var/portal.db)
  --time-zone ZONE   the district's IANA time zone, e.g. America/Chicago
                     (default for a new district: from its state)
  --district NAME    (oneroster) the district, when orgs.csv has no org of
                     type district; made if the database has none of that name
  --prune            (edfi) the export is complete: remove guardian links, teacher
                     assignments, scores, attendance events and enrollments
                     that it no longer has
  --json             print the summary as one JSON object on stdout
  -h, --help         show this help`;

/** Exit codes: 0 done, 1 the import could not run, 2 bad arguments. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        'time-zone': { type: 'string' },
        district: { type: 'string' },
        json: { type: 'boolean', default: false },
        prune: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return badArguments(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const [format, dir, ...extra] = positionals;
  if (format !== 'edfi' && format !== 'oneroster') {
    return badArguments(
      format ? `unknown format "${format}" (edfi or oneroster)` : 'no format given',
    );
  }
  if (!dir) return badArguments('no directory given');
  if (extra.length > 0) return badArguments(`unexpected argument "${extra[0]}"`);
  const timeZone = values['time-zone'];
  if (format === 'edfi' && values.district !== undefined) {
    return badArguments('--district is for oneroster: an Ed-Fi export names its district');
  }
  if (format === 'oneroster' && values.prune) {
    return badArguments('--prune is for edfi only');
  }
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    return badArguments(`"${timeZone}" is not an IANA time zone (like America/Chicago)`);
  }

  const path = values.db ?? process.env.PORTAL_DB ?? 'var/portal.db';
  const opened = await openPortalDatabase(path);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { stream: process.stderr, format: 'Importing {bar} {percentage}% | {value}/{total} kB' },
        cliProgress.Presets.shades_classic,
      )
    : null;
  try {
    let started = false;
    const onProgress = (bytes: number, total: number) => {
      if (!bar) return;
      if (!started) bar.start(Math.ceil(total / 1024), 0);
      started = true;
      bar.update(Math.ceil(bytes / 1024));
    };
    const zone = timeZone ? { timeZone } : {};
    const summary: ImportSummary =
      format === 'edfi'
        ? await importEdFi(opened, dir, { ...zone, prune: values.prune, onProgress })
        : await importOneRoster(opened, dir, {
            ...zone,
            ...(values.district ? { district: values.district } : {}),
            onProgress,
          });
    bar?.stop();
    if (values.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`${formatSummary(summary)}\n`);
    return 0;
  } catch (error) {
    bar?.stop();
    if (error instanceof ImportError) {
      process.stderr.write(`import: ${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await opened.db.destroy();
  }
}

function badArguments(message: string): number {
  process.stderr.write(`import: ${message}\n\n${usage}\n`);
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
