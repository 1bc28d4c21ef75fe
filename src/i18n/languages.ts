/** The portal's languages, in the order the picker shows them. */
export const languages = ['en', 'es', 'zh-Hans', 'zh-Hant'] as const;

export type Language = (typeof languages)[number];

/** Each language named in itself, so a person finds their own. */
export const languageNames: Record<Language, string> = {
  en: 'English',
  es: 'Español',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
