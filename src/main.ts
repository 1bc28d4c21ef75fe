import { openPortalDb } from './data/db.ts';
import { runSyncInWorker } from './data/sync-bridge.ts';
import { detectLanguage } from './i18n/detect.ts';
import { initI18n } from './i18n/i18n.ts';
import { loadLocaleFile } from './i18n/locale-files.ts';
import './app/app-shell.ts';
import { findRoute } from './app/route.ts';
import { routes } from './app/routes.ts';

/** Starts the app: language first (so nothing shows untranslated), then the shell. */
async function main(): Promise<void> {
  // While the language files load, the device database opens and the page's
  // code and texts arrive: each would otherwise wait on the one before.
  const language = detectLanguage();
  const db = openPortalDb();
  void db.open().catch(() => undefined); // the shell reports a failure when it opens it too
  const route = findRoute(routes, location.pathname)?.route;
  void route?.load().catch(() => undefined);
  if (route?.namespace) void loadLocaleFile(language, route.namespace).catch(() => undefined);
  await initI18n(loadLocaleFile, language);

  const shell = document.createElement('app-shell');
  shell.db = db;
  shell.runSync = runSyncInWorker;
  document.body.replaceChildren(shell);

  if (import.meta.env.PROD) {
    const { registerServiceWorker } = await import('./app/service-worker.ts');
    registerServiceWorker();
  }
}

void main();
