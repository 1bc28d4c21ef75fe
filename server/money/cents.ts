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
