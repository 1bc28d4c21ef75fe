import { stat } from 'node:fs/promises';
import type SQLite from 'better-sqlite3';
import { ImportReport, type ImportSummary } from '../report.ts';
import { ImportContext, ImportError, type ImportOptions } from './context.ts';
import { findInterchangeFiles, type InterchangeFile } from './files.ts';
import { inferMissing } from './inference.ts';
import { pruneMissing } from './prune.ts';
import type { XmlElement } from './reader.ts';
import { readRecords } from './reader.ts';

export { ImportError, type ImportOptions } from './context.ts';

/**
 * Imports the Ed-Fi interchange files in `dir` into the portal database
 * (as opened by openPortalDatabase) and returns what it did. Each chunk of
 * a file is written in one transaction; a bad record is reported and
 * skipped. Running it again on the same files changes nothing.
 */
export async function importEdFi(
  database: { sqlite: SQLite.Database },
  dir: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new ImportError(`${dir} is not a directory`);
  const { files, unread } = await findInterchangeFiles(dir);
  if (files.length === 0) {
    throw new ImportError(
      `${dir} holds no Ed-Fi interchange files (.xml with an Interchange root)`,
    );
  }

  const report = new ImportReport();
  const context = new ImportContext(database.sqlite, report, options);
  for (const file of unread) {
    const root = file.root ?? 'not XML';
    report.note(`${file.name} was not read (${root} is not an interchange this importer reads)`);
  }
  if (!files.some((file) => file.interchange.root === 'InterchangeEducationOrganization')) {
    context.useExistingDistrict();
  }

  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  let done = 0;
  const complete = new Map<string, boolean>();
  for (const file of files) {
    report.files.push(file.name);
    context.file = file.name;
    const skippedBefore = report.skipped.length;
    await importFile(context, file, (bytes) => options.onProgress?.(done + bytes, total));
    if (context.districtId === null) {
      // Every later record would be skipped for want of it.
      const why = report.skipped
        .slice(0, 3)
        .map((skip) => `${skip.file}:${skip.line}: ${skip.reason}`);
      throw new ImportError(`the district could not be read (${why.join('; ') || 'no record'})`);
    }
    const whole = report.skipped.length === skippedBefore;
    complete.set(file.interchange.root, (complete.get(file.interchange.root) ?? true) && whole);
    done += file.bytes;
    options.onProgress?.(done, total);
  }

  database.sqlite.transaction(() => {
    if (options.prune) pruneMissing(context, complete);
    inferMissing(context);
  })();
  return report.summary();
}

async function importFile(
  context: ImportContext,
  file: InterchangeFile,
  onBytes: (bytes: number) => void,
): Promise<void> {
  const { interchange } = file;
  const { sqlite } = context;
  const handle = (record: XmlElement) => {
    const handler = interchange.records[record.name];
    if (handler) context.attempt(record, () => handler(record, context));
  };

  let malformed;
  if (interchange.bufferedOrder) {
    const order = interchange.bufferedOrder;
    const records: XmlElement[] = [];
    malformed = await readRecords(
      file.path,
      (batch) => records.push(...batch.filter((r) => order.includes(r.name))),
      ({ bytes }) => onBytes(bytes),
    );
    sqlite.transaction(() => {
      interchange.before?.(records, context);
      for (const name of order) {
        for (const record of records) if (record.name === name) handle(record);
      }
    })();
  } else {
    malformed = await readRecords(
      file.path,
      (batch) => sqlite.transaction(() => batch.forEach(handle))(),
      ({ bytes }) => onBytes(bytes),
    );
  }
  if (interchange.finish) sqlite.transaction(() => interchange.finish?.(context))();
  if (malformed) {
    context.report.skip(
      file.name,
      malformed.line,
      `not well-formed XML (${malformed.message}); the rest of the file was not read`,
    );
  }
}
