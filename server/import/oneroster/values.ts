import { Temporal } from 'temporal-polyfill';

/**
 * Reading the values of OneRoster cells as real exports write them: dates
 * in several formats, booleans as TRUE/true/1, lists as "a,b" with or
 * without spaces, school years as "2023" (the year a school year ends in).
 */

/** A row that cannot be imported; the message is the reason reported. */
export class SkipRow extends Error {}

/** Which part of a slash date comes first, learned from the file. */
export type DateOrder = 'month-first' | 'day-first';

const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:$|[T ])/;
const slashDate = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const yearFirstSlash = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;

/**
 * "2023-05-01", "2023-05-01T18:25:43.511Z", "2017-05-06 08:01:05",
 * "2023/05/01", "1/05/2023" or "15/06/2023" as 2023-05-01 style. A slash
 * date whose parts could go either way is read in the file's order.
 */
export function parseDate(value: string, order: DateOrder): string | null {
  const text = value.trim();
  let parts: [string, string, string] | null = null;
  const iso = isoDate.exec(text) ?? yearFirstSlash.exec(text);
  if (iso) parts = [iso[1]!, iso[2]!, iso[3]!];
  const slash = iso ? null : slashDate.exec(text);
  if (slash) {
    const [first, second, year] = [Number(slash[1]), Number(slash[2]), slash[3]!];
    const dayFirst = first > 12 || (second <= 12 && order === 'day-first');
    parts = dayFirst
      ? [year, String(second), String(first)]
      : [year, String(first), String(second)];
  }
  if (!parts) return null;
  try {
    const [year, month, day] = parts.map(Number) as [number, number, number];
    return Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' }).toString();
  } catch {
    return null;
  }
}

/** What a slash date says about the file's order, if anything. */
export function dateOrderOf(value: string): DateOrder | null {
  const slash = slashDate.exec(value.trim());
  if (!slash) return null;
  if (Number(slash[1]) > 12) return 'day-first';
  if (Number(slash[2]) > 12) return 'month-first';
  return null;
}

export function flag(value: string | null): boolean | null {
  if (value === null) return null;
  const text = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', '0', 'no', 'n'].includes(text)) return false;
  return null;
}

export function number(value: string | null): number | null {
  if (value === null) return null;
  const parsed = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(parsed) ? parsed : null;
}

/** "a, b,c" as ["a", "b", "c"]. */
export function list(value: string | null): string[] {
  if (value === null) return [];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** "2023" is the school year 2022-2023; "2022-2023" and "2022-23" as is. */
export function schoolYearName(value: string | null): string | null {
  if (value === null) return null;
  const text = value.trim();
  const full = /^(\d{4})\s*-\s*(\d{2}|\d{4})$/.exec(text);
  if (full) return `${full[1]}-${Number(full[1]) + 1}`;
  if (/^\d{4}$/.test(text)) return `${Number(text) - 1}-${text}`;
  return null;
}

/** A school year starts in July: 2021-08-23 is in 2021-2022. */
export function schoolYearOfDate(date: string): string {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 7 ? `${year}-${year + 1}` : `${year - 1}-${year}`;
}

/**
 * A record's status. OneRoster 1.0 said "inactive" where 1.1 says
 * "tobedeleted"; an empty status is read as active, as SIS exports often
 * leave it blank.
 */
export function isToBeDeleted(status: string | null): boolean {
  return status !== null && status.trim().toLowerCase() === 'tobedeleted';
}
