import type SQLite from 'better-sqlite3';
import { ImportError } from '../edfi/context.ts';
import { ImportReport, type ImportSummary } from '../report.ts';
import { academicSessions } from './academic-sessions.ts';
import { category } from './categories.ts';
import { schoolClass } from './classes.ts';
import { OneRosterContext, type OneRosterOptions } from './context.ts';
import { course } from './courses.ts';
import { readAllRows, readHeader, readRows, type CsvFile, type CsvRow } from './csv.ts';
import { useExistingDistrict } from './district.ts';
import { enrollment } from './enrollments.ts';
import { linkAgents, relationship, relationshipRole } from './guardian-links.ts';
import type { HeaderMap } from './header-map.ts';
import type { FileName } from './headers.ts';
import { inferMissing } from './inference.ts';
import { lineItem } from './line-items.ts';
import { readBundle, type Bundle } from './manifest.ts';
import type { DateOrder } from './values.ts';
import { orgs } from './orgs.ts';
import { result } from './results.ts';
import { enrollmentFromRole, roleOf } from './roles.ts';
import { demographic, emptyPeople, finishDemographics, user } from './users.ts';

export { ImportError } from '../edfi/context.ts';
export type { OneRosterOptions } from './context.ts';

type Found = CsvFile & { header: HeaderMap; bytes: number };

/**
 * Imports the OneRoster 1.0/1.1/1.2 (or School Data Sync 2.1) CSV files in
 * `dir` into the portal database and returns what it did. Every header is
 * checked before anything is written; then the files are read in the order
 * their references need, each batch of rows in one transaction. A bad row
 * is reported with its file, line and reason, and the import goes on.
 * Running it again on the same files changes nothing.
 */
export async function importOneRoster(
  database: { sqlite: SQLite.Database },
  dir: string,
  options: OneRosterOptions = {},
): Promise<ImportSummary> {
  const bundle = await readBundle(dir);
  const report = new ImportReport();
  const files = await checkHeaders(bundle, report);
  const context = new OneRosterContext(database.sqlite, report, options);
  const { sqlite } = database;
  const total = [...files.values()].reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  // One SIS writes its dates one way: a file that does not show its order
  // takes the order earlier files showed.
  let dateOrder: DateOrder = 'month-first';
  const dates = {
    get dateOrder() {
      return dateOrder;
    },
    onDateOrder: (order: DateOrder) => {
      dateOrder = order;
    },
  };

  /** Reads a small file whole, for the files that others need first. */
  const all = async (name: FileName): Promise<CsvRow[]> => {
    const file = files.get(name);
    if (!file) return [];
    report.files.push(file.name);
    context.file = file.name;
    const rows = await readAllRows(file, file.header, {
      ...dates,
      onBadRow: (line, reason) => report.skip(file.name, line, reason),
    });
    done += file.bytes;
    options.onProgress?.(done, total);
    return rows;
  };
  /** Streams a file, mapping each row in a transaction per batch. */
  const each = async (name: FileName, map: (row: CsvRow) => void, kind?: string) => {
    const file = files.get(name);
    if (!file) return;
    report.files.push(file.name);
    context.file = file.name;
    await readRows(file, file.header, {
      onRows: sqlite.transaction((rows: CsvRow[]) => {
        for (const row of rows) {
          const id = kind ? row.text('sourcedId') : null;
          context.attempt(row, () => map(row), id ? `${kind} ${id}` : undefined);
        }
      }),
      onBadRow: (line, reason) => report.skip(file.name, line, reason),
      onBytes: (bytes) => options.onProgress?.(done + bytes, total),
      ...dates,
    });
    done += file.bytes;
  };
  const inFile = (name: FileName, rows: CsvRow[], map: (row: CsvRow) => void) => {
    context.file = files.get(name)?.name ?? name;
    sqlite.transaction(() => rows.forEach((row) => context.attempt(row, () => map(row))))();
  };

  const orgRows = await all('orgs');
  sqlite.transaction(() => {
    if (files.has('orgs')) orgs(context, orgRows);
    else useExistingDistrict(context);
  })();
  const sessionRows = await all('academicSessions');
  sqlite.transaction(() => academicSessions(context, sessionRows))();
  await each('courses', (row) => course(context, row), 'course');
  await each('classes', (row) => schoolClass(context, row), 'class');

  // Roles, relationships and birth dates say what users.csv's rows are.
  const people = emptyPeople();
  const demographicRows = await all('demographics');
  inFile('demographics', demographicRows, (row) => demographic(context, people, row));
  const roleRows = await all('roles');
  roleRows.forEach((row) => roleOf(people, row));
  const relationshipRows = await all('relationships');
  relationshipRows.forEach((row) => relationshipRole(people, row));
  await each('users', (row) => user(context, people, row), 'user');
  const links = new Set<string>();
  context.file = files.get('users')?.name ?? 'users.csv';
  sqlite.transaction(() => linkAgents(context, people, links))();
  inFile('relationships', relationshipRows, (row) => relationship(context, row, links));
  inFile('roles', roleRows, (row) => enrollmentFromRole(context, people, row));
  sqlite.transaction(() => finishDemographics(context, people))();

  await each('enrollments', (row) => enrollment(context, row));
  const categoryRows = await all('categories');
  inFile('categories', categoryRows, (row) => category(context, row));
  await each('lineItems', (row) => lineItem(context, row), 'line item');
  await each('results', (row) => result(context, row));

  sqlite.transaction(() => inferMissing(context))();
  options.onProgress?.(total, total);
  return report.summary();
}

/**
 * Reads every file's header before anything is written: a file without a
 * column it cannot do without stops the import with the column's name and
 * the header that looks like its misspelling.
 */
async function checkHeaders(bundle: Bundle, report: ImportReport): Promise<Map<FileName, Found>> {
  const found = new Map<FileName, Found>();
  const sds = bundle.version.startsWith('SDS');
  report.note(`read as ${sds ? 'School Data Sync 2.1' : `OneRoster ${bundle.version}`}`);
  for (const note of bundle.notes) report.note(note);
  for (const [name, file] of bundle.files) {
    const header = await readHeader(file);
    if (!header) {
      report.note(`${file.name} is empty`);
      continue;
    }
    const [missing] = header.missing;
    if (missing) {
      const guess = missing.lookalike
        ? `; is "${missing.lookalike}" a misspelling of it? Correct the header and import again`
        : '';
      throw new ImportError(`${file.name} has no ${missing.column} column${guess}`);
    }
    for (const renamed of header.renamed) report.note(`${file.name}: column ${renamed}`);
    if (header.unread.length > 0) {
      report.note(`${file.name}: columns not read: ${header.unread.join(', ')}`);
    }
    found.set(name, { ...file, header });
  }
  return found;
}
