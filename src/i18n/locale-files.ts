import type { LocaleLoader } from './i18n.ts';

/** Every locale file as its own lazy chunk: a language costs nothing until chosen. */
const files = import.meta.glob<{ default: object }>('../../locales/*/*.json');

export const loadLocaleFile: LocaleLoader = async (language, namespace) => {
  const load = files[`../../locales/${language}/${namespace}.json`];
  if (!load) throw new Error(`No locale file ${language}/${namespace}`);
  return (await load()).default;
};
