import i18next, { type BackendModule, type TFunction } from 'i18next';
import { languageStorageKey } from './detect.ts';
import { languages, type Language } from './languages.ts';

/** Reads one namespace of one language; the app uses Vite chunks, tests fetch. */
export type LocaleLoader = (language: Language, namespace: string) => Promise<object>;

/** Namespaces the shell needs before anything shows. Pages load their own. */
export const shellNamespaces = ['common', 'errors'];

function backendFor(loader: LocaleLoader): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, namespace, callback) {
      loader(language as Language, namespace).then(
        (data) => callback(null, data as Record<string, string>),
        (error: Error) => callback(error, false),
      );
    },
  };
}

/**
 * Starts i18next with only the chosen language: the others load when chosen.
 * No fallback language, so nothing else is fetched; a test checks that every
 * language has every key.
 */
export async function initI18n(loader: LocaleLoader, language: Language): Promise<TFunction> {
  const t = await i18next.use(backendFor(loader)).init({
    lng: language,
    supportedLngs: [...languages],
    fallbackLng: false,
    load: 'currentOnly',
    ns: shellNamespaces,
    defaultNS: 'common',
    // Lit escapes what it renders; escaping here too would show entities.
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
  return t;
}

export function currentLanguage(): Language {
  return (i18next.resolvedLanguage ?? i18next.language ?? 'en') as Language;
}

/** Switches language, remembers the choice on this device, sets <html lang>. */
export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Storage blocked: the choice lasts for this visit only.
  }
}

export function loadNamespace(namespace: string): Promise<void> {
  return i18next.loadNamespaces(namespace);
}

export const t: TFunction = ((...args: Parameters<TFunction>) =>
  i18next.t(...args)) as TFunction;
