import { createReadStream } from 'node:fs';
import { parse, type CsvError } from 'csv-parse';
import { mapHeader, type HeaderMap } from './header-map.ts';
import type { FileSpec } from './headers.ts';
import { dateOrderOf, parseDate, SkipRow, type DateOrder } from './values.ts';

/** One data row of a OneRoster file, read by column name. */
export class CsvRow {
  constructor(
    readonly line: number,
    private readonly cells: string[],
    private readonly columns: Map<string, number>,
    private readonly dateOrder: DateOrder,
  ) {}

  /** The cell, trimmed; null when empty or when the file lacks the column. */
  text(column: string): string | null {
    const position = this.columns.get(column);
    const value = position === undefined ? undefined : this.cells[position];
    const trimmed = value?.trim();
    return trimmed ? trimmed : null;
  }

  required(column: string): string {
    const value = this.text(column);
    if (value === null) throw new SkipRow(`no ${column}`);
    return value;
  }

  /** A date as YYYY-MM-DD; a cell that is not a date skips the row. */
  date(column: string): string | null {
    const value = this.text(column);
    if (value === null) return null;
    const date = parseDate(value, this.dateOrder);
    if (date === null) throw new SkipRow(`${column} "${value}" is not a date`);
    return date;
  }

  requiredDate(column: string): string {
    const date = this.date(column);
    if (date === null) throw new SkipRow(`no ${column}`);
    return date;
  }
}

export interface CsvFile {
  path: string;
  /** The file's name as found in the folder, as the report names it. */
  name: string;
  spec: FileSpec;
}

export interface ReadHandlers {
  /** Each batch of rows, written in one transaction by the caller. */
  onRows: (rows: CsvRow[]) => void;
  /** A row that is not valid CSV (an unclosed quote, say). */
  onBadRow: (line: number, reason: string) => void;
  onBytes?: (bytes: number) => void;
  /**
   * The order for a file whose own dates do not tell: what earlier files
   * of the export showed, else month first, as US exports write them.
   */
  dateOrder?: DateOrder;
  /** Told the order this file's dates showed, if they showed one. */
  onDateOrder?: (order: DateOrder) => void;
}

const batchSize = 1000;

function parser(path: string) {
  const source = createReadStream(path);
  const csv = source.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
    }),
  );
  // Leaving the loop early destroys the parser; the file closes with it.
  csv.once('close', () => source.destroy());
  return csv;
}

/** The header row, mapped; null for an empty file. */
export async function readHeader(file: CsvFile): Promise<HeaderMap | null> {
  const stream = parser(file.path);
  for await (const { record } of stream as AsyncIterable<{ record: string[] }>) {
    return mapHeader(file.spec, record);
  }
  return null;
}

/**
 * Whether the file writes slash dates day first (15/06/2023); null when
 * no date in it tells (1/05/2023 could be either).
 */
async function learnDateOrder(file: CsvFile, header: HeaderMap): Promise<DateOrder | null> {
  const positions = (file.spec.dates ?? [])
    .map((column) => header.index.get(column))
    .filter((position) => position !== undefined);
  if (positions.length === 0) return null;
  const stream = parser(file.path);
  for await (const { record } of stream as AsyncIterable<{ record: string[] }>) {
    for (const position of positions) {
      const order = dateOrderOf(record[position] ?? '');
      if (order) return order;
    }
  }
  return null;
}

/**
 * Streams the data rows of a file in batches, each row numbered by the
 * line it starts on. A row that is not valid CSV is handed to onBadRow and
 * the reading goes on with the next.
 */
export async function readRows(
  file: CsvFile,
  header: HeaderMap,
  handlers: ReadHandlers,
): Promise<void> {
  const learned = await learnDateOrder(file, header);
  if (learned) handlers.onDateOrder?.(learned);
  const dateOrder = learned ?? handlers.dateOrder ?? 'month-first';
  const stream = createReadStream(file.path);
  const csv = stream.pipe(
    parse({
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        const line = typeof error?.lines === 'number' ? error.lines : 0;
        handlers.onBadRow(line, `not valid CSV (${error?.message ?? 'unreadable row'})`);
        return undefined;
      },
    }),
  );
  let batch: CsvRow[] = [];
  let first = true;
  type Parsed = { record: string[]; info: { lines: number } };
  for await (const { record, info } of csv as AsyncIterable<Parsed>) {
    if (first) {
      first = false;
      continue;
    }
    // A quoted cell may hold line breaks: number the row by its first line.
    const breaks = record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0);
    batch.push(new CsvRow(info.lines - breaks, record, header.index, dateOrder));
    if (batch.length >= batchSize) {
      handlers.onRows(batch);
      handlers.onBytes?.(stream.bytesRead);
      batch = [];
    }
  }
  if (batch.length > 0) handlers.onRows(batch);
  handlers.onBytes?.(stream.bytesRead);
}

/** All data rows of a small file, for files read before the ones they explain. */
export async function readAllRows(
  file: CsvFile,
  header: HeaderMap,
  handlers: Omit<ReadHandlers, 'onRows'>,
): Promise<CsvRow[]> {
  const rows: CsvRow[] = [];
  await readRows(file, header, { ...handlers, onRows: (batch) => rows.push(...batch) });
  return rows;
}
