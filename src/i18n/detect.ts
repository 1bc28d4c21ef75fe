import { isLanguage, type Language } from './languages.ts';

/** Where the person's own choice is kept on this device. */
export const languageStorageKey = 'portal.language';

const traditionalRegions = new Set(['tw', 'hk', 'mo']);

/**
 * Maps one BCP 47 tag to a portal language: Chinese by script, else by
 * region (Taiwan, Hong Kong, Macau write Traditional), Spanish of any
 * region, English of any region. Anything else has no match.
 */
export function matchLanguage(tag: string): Language | undefined {
  const parts = tag.toLowerCase().replace(/_/g, '-').split('-');
  const [base, ...rest] = parts;

  if (base === 'zh') {
    if (rest.includes('hant')) return 'zh-Hant';
    if (rest.includes('hans')) return 'zh-Hans';
    return rest.some((part) => traditionalRegions.has(part)) ? 'zh-Hant' : 'zh-Hans';
  }
  if (base === 'es') return 'es';
  if (base === 'en') return 'en';
  return undefined;
}

/** The stored choice first, then the browser's preferences in order, then English. */
export function pickLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const match = matchLanguage(tag);
    if (match) return match;
  }
  return 'en';
}

export function detectLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(languageStorageKey);
  } catch {
    // Storage blocked: detection still works from the browser's languages.
  }
  return pickLanguage(stored, navigator.languages ?? [navigator.language]);
}
