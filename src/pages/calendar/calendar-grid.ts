import { addDays, isoWeekday } from '../../i18n/format.ts';

/**
 * Month arithmetic on plain `YYYY-MM-DD` dates, with no time zone in play:
 * the grid of weeks, moving by day, week and month, and reading the
 * address's date safely.
 */

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date in `YYYY-MM-DD`, or undefined. */
export function parseDay(value: string | null): string | undefined {
  const match = value ? isoDate.exec(value) : null;
  if (!match) return undefined;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200
    ? value!
    : undefined;
}

export const monthOf = (day: string) => day.slice(0, 7);

export function daysInMonth(month: string): number {
  const [y = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export const firstOfMonth = (month: string) => `${month}-01`;
export const lastOfMonth = (month: string) => `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;

/** The same day of another month, or that month's last day when it is shorter. */
export function shiftMonth(day: string, months: number): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return `${month}-${String(Math.min(d, daysInMonth(month))).padStart(2, '0')}`;
}

/**
 * The month as weeks of seven cells; days of the neighbouring months are
 * null. `firstDay` is the ISO weekday a week starts on (7 = Sunday).
 */
export function monthGrid(month: string, firstDay = 7): (string | null)[][] {
  const first = firstOfMonth(month);
  const lead = (isoWeekday(first) - firstDay + 7) % 7;
  const cells: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let n = 0; n < daysInMonth(month); n += 1) cells.push(addDays(first, n));
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** ISO weekdays in column order. */
export function weekdayOrder(firstDay = 7): number[] {
  return Array.from({ length: 7 }, (_, i) => ((firstDay - 1 + i) % 7) + 1);
}

/** Where a key moves the chosen day in the grid, or undefined for other keys. */
export function dayForKey(
  day: string,
  key: string,
  shiftKey = false,
  firstDay = 7,
): string | undefined {
  const column = (isoWeekday(day) - firstDay + 7) % 7;
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return addDays(day, -column);
    case 'End':
      return addDays(day, 6 - column);
    case 'PageUp':
      return shiftMonth(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return shiftMonth(day, shiftKey ? 12 : 1);
    default:
      return undefined;
  }
}

type YearSpan = { startDate: string; endDate: string };

/** The calendar of a school year runs over the whole months it touches. */
export function yearBounds(year: YearSpan): [string, string] {
  return [firstOfMonth(monthOf(year.startDate)), lastOfMonth(monthOf(year.endDate))];
}

/** Keeps a day within the year's months; any day when no year is known. */
export function clampDay(day: string, year: YearSpan | undefined): string {
  if (!year) return day;
  const [first, last] = yearBounds(year);
  return day < first ? first : day > last ? last : day;
}

/**
 * The day to show: the address's when it lies in the year's months (a year
 * picked since may not hold it), else today within the year, else the
 * year's first day.
 */
export function startingDay(asked: string | undefined, today: string, year: YearSpan | undefined): string {
  if (asked && clampDay(asked, year) === asked) return asked;
  if (!year || (year.startDate <= today && today <= year.endDate)) return today;
  return year.startDate;
}
