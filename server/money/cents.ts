import type { CommunicationLanguage } from '../db/schema.ts';

const formats = new Map<string, Intl.NumberFormat>();

/** Whole cents as dollars for people, at the edge only (emails, pushes). */
export function formatCents(cents: number, language: CommunicationLanguage = 'en'): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-US' : language, {
      style: 'currency',
      currency: 'USD',
    });
    formats.set(language, format);
  }
  return format.format(cents / 100);
}

/**
 * Dollars as a person types them ("45", "45.5", "45.50", "$1,045.00") to
 * whole cents, without floating point; null when it is not an amount.
 */
export function parseDollars(text: string): number | null {
  const match = /^\$?(\d{1,7}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match?.[1]) return null;
  const dollars = Number(match[1].replace(/,/g, ''));
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  const total = dollars * 100 + cents;
  return Number.isSafeInteger(total) ? total : null;
}
