import { openPortalDb } from './data/db.ts';
import { runSyncInWorker } from './data/sync-bridge.ts';
import { detectLanguage } from './i18n/detect.ts';
import { initI18n } from './i18n/i18n.ts';
import { loadLocaleFile } from './i18n/locale-files.ts';
import './app/app-shell.ts';

/** Starts the app: language first (so nothing shows untranslated), then the shell. */
async function main(): Promise<void> {
  await initI18n(loadLocaleFile, detectLanguage());

  const shell = document.createElement('app-shell');
  shell.db = openPortalDb();
  shell.runSync = runSyncInWorker;
  document.body.replaceChildren(shell);

  if (import.meta.env.PROD) {
    const { registerServiceWorker } = await import('./app/service-worker.ts');
    registerServiceWorker();
  }
}

void main();
