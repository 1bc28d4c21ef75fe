import { Workbox } from 'workbox-window';
import './update-prompt.ts';

/**
 * Registers the app's service worker (production builds only: the dev
 * server and the tests run without it, so MSW can own their scope).
 * A waiting update shows the prompt; SKIP_WAITING is sent only when the
 * person taps Reload, and the page reloads once the new worker controls it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const workbox = new Workbox('/sw.js', { scope: '/' });

  workbox.addEventListener('waiting', () => {
    const prompt = document.createElement('update-prompt');
    prompt.onAccept = () => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    };
    document.body.append(prompt);
  });

  void workbox.register();
}
