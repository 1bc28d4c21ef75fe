import { currentLanguage } from '../../i18n/i18n.ts';

/**
 * Money on the page: amounts are whole cents everywhere (API, device,
 * cart); they become text only here, through Intl in the chosen language,
 * and a typed amount becomes cents without passing through a float.
 */
const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: number, currency = 'USD', lng = currentLanguage()): string {
  const key = `${lng}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lng, { style: 'currency', currency });
    formats.set(key, format);
  }
  // Integer cents over 100 is the nearest double to a two-decimal amount,
  // which the format (two fraction digits for dollars) prints exactly.
  return format.format(cents / 100);
}

const moments = new Map<string, Intl.DateTimeFormat>();

/** When a payment was made: date with its year and the time, in the district's zone. */
export function formatMoment(iso: string, timeZone: string, lng = currentLanguage()): string {
  const key = `${lng}|${timeZone}`;
  let format = moments.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeStyle: 'short', timeZone });
    moments.set(key, format);
  }
  return format.format(new Date(iso));
}

/** Why a typed amount cannot be paid, as a key in the `money` namespace. */
export type AmountProblem =
  | 'validation.amountRequired'
  | 'validation.amountInvalid'
  | 'validation.amountZero'
  | 'validation.amountTooLarge';

/** The largest single amount the app accepts ($100,000.00), a guard against typos. */
export const maxAmountCents = 10_000_000;

const decimalMarks = new Map<string, string>();

/** The language's decimal mark as Intl writes it: "." in English and Chinese, "," in Spanish. */
function decimalMark(lng: string): string {
  let mark = decimalMarks.get(lng);
  if (!mark) {
    const parts = new Intl.NumberFormat(lng).formatToParts(1.5);
    mark = parts.find((part) => part.type === 'decimal')?.value ?? '.';
    decimalMarks.set(lng, mark);
  }
  return mark;
}

/**
 * "12", "12.5", "12,50" (Spanish writes a decimal comma), "$1,234.56",
 * "1.234,56" → cents. A group mark is accepted only in its place (every 3
 * digits). One mark before exactly three digits ("2.500", "2,500") is a
 * group mark only where it cannot be the decimal mark: a comma in English
 * or Chinese. Elsewhere it is refused rather than guessed, since a wrong
 * guess pays a thousand times too much or too little.
 */
export function parseAmount(
  text: string,
  lng = currentLanguage(),
): { cents: number } | { problem: AmountProblem } {
  const trimmed = text.replace(/[\s$\u00a0]/g, '');
  if (!trimmed) return { problem: 'validation.amountRequired' };
  const match = /^([1-9]\d{0,2}(?:([.,])\d{3})+|\d+)(?:([.,])(\d{1,2}))?$/.exec(trimmed);
  if (!match) return { problem: 'validation.amountInvalid' };
  const [, wholeText = '', group, decimal, fraction = ''] = match;
  // A group mark equal to the decimal mark ("1.234.5") is not a number.
  if (group && decimal && group === decimal) return { problem: 'validation.amountInvalid' };
  const marks = wholeText.length - wholeText.replace(/[.,]/g, '').length;
  const lone = group !== undefined && !decimal && marks === 1;
  if (lone && !(group === ',' && decimalMark(lng) === '.')) {
    return { problem: 'validation.amountInvalid' };
  }
  const whole = wholeText.replace(/[.,]/g, '');
  const cents = fraction.padEnd(2, '0');
  const value = Number(whole) * 100 + Number(cents);
  if (!Number.isSafeInteger(value)) return { problem: 'validation.amountInvalid' };
  if (value === 0) return { problem: 'validation.amountZero' };
  if (value > maxAmountCents) return { problem: 'validation.amountTooLarge' };
  return { cents: value };
}

/** Cents as a plain editable amount ("12.50"), for a field's starting value. */
export function centsToInput(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
