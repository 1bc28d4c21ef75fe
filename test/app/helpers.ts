import { setupWorker, type SetupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';
import { initI18n, changeLanguage } from '../../src/i18n/i18n.ts';
import type { Language } from '../../src/i18n/languages.ts';
import { openPortalDb, type PortalDb } from '../../src/data/db.ts';

/** Locale files straight from the repository, as the test server serves it. */
export const fetchLocale = async (language: Language, namespace: string) => {
  const response = await fetch(`/locales/${language}/${namespace}.json`);
  if (!response.ok) throw new Error(`No locale ${language}/${namespace}`);
  return (await response.json()) as object;
};

let i18nReady: Promise<unknown> | undefined;

/** i18next on the real locale files, in the given language. */
export async function useLanguage(language: Language): Promise<void> {
  i18nReady ??= initI18n(fetchLocale, language);
  await i18nReady;
  await changeLanguage(language);
}

let worker: SetupWorker | undefined;

/** Answers API calls with MSW in this test page; handlers reset per call. */
export async function mockApi(...handlers: RequestHandler[]): Promise<SetupWorker> {
  if (!worker) {
    worker = setupWorker();
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
  }
  worker.resetHandlers(...handlers);
  return worker;
}

let dbCount = 0;

/** A fresh device database per test, deleted afterwards by `dropDb`. */
export function freshDb(): PortalDb {
  dbCount += 1;
  return openPortalDb(`test-${Date.now()}-${dbCount}`);
}

export async function dropDb(db: PortalDb): Promise<void> {
  db.close();
  await db.delete();
}

/** Waits until `check` holds, re-rendering having had its chance in between. */
export async function until(check: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
