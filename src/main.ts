import { openPortalDb } from './data/db.ts';
import { setCurrentDistrict } from './data/current-district.ts';
import { apiDistrict, tabDistrict, useDistrict } from './app/device-districts.ts';
import { fetchKioskStatus } from './app/kiosk.ts';
import { detectLanguage } from './i18n/detect.ts';
import { initI18n, shellNamespaces } from './i18n/i18n.ts';
import { loadLocaleFile } from './i18n/locale-files.ts';
import './app/app-shell.ts';
import { findRoute } from './app/route.ts';
import { routes } from './app/routes.ts';

/**
 * A device with no district remembered may be a kiosk whose sign-out wiped
 * its storage: the server's kiosk cookie says which district it serves.
 * Asked briefly only; offline the app starts in the default district.
 */
async function kioskDistrict(): Promise<string | undefined> {
  try {
    const status = await fetchKioskStatus(AbortSignal.timeout(1500));
    return status.kiosk ? status.district?.slug : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts the app: the shell opens the device database and the kept session
 * while the language's texts load, and shows nothing of its own before
 * they are in (so nothing shows untranslated); the page's spinner stays.
 */
async function main(): Promise<void> {
  // While the language files load, the device database opens and the page's
  // code and texts arrive: each would otherwise wait on the one before.
  const language = detectLanguage();
  // The texts and the page's code are asked for first: the first screen waits
  // on them (i18next itself reads its files only after this task).
  const route = findRoute(routes, location.pathname)?.route;
  void route?.load().catch(() => undefined);
  const namespaces = [...shellNamespaces, ...(route?.namespace ? [route.namespace] : [])];
  for (const namespace of namespaces) void loadLocaleFile(language, namespace).catch(() => undefined);
  const languageReady = initI18n(loadLocaleFile, language);
  // The tab's district (a link's, the tab's, the device's last) names the
  // API's X-District and the device database; a switch reloads the page.
  const district = tabDistrict() ?? (await kioskDistrict());
  if (district) useDistrict(district);
  setCurrentDistrict(apiDistrict(district));
  const db = openPortalDb();
  void db.open().catch(() => undefined); // the shell reports a failure when it opens it too

  const shell = document.createElement('app-shell');
  shell.db = db;
  // The worker's bridge (and Comlink) loads with the first sync, after the first screen.
  shell.runSync = async (signal) => (await import('./data/sync-bridge.ts')).runSyncInWorker(signal);
  shell.languageReady = languageReady;
  // The spinner goes into the shell, which shows it until the texts are in.
  shell.append(...document.querySelectorAll('body > .boot'));
  document.body.replaceChildren(shell);
  await languageReady;

  if (import.meta.env.PROD) {
    const { registerServiceWorker } = await import('./app/service-worker.ts');
    registerServiceWorker();
  }
}

void main();
