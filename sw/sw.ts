/// <reference lib="webworker" />
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { handleOutboxSync } from './lib/outbox-sync.ts';
import { handlePush } from './lib/push.ts';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: (string | { url: string; revision: string | null })[];
};

/**
 * The shell, every JS and CSS chunk and every locale file are precached,
 * so a reload without network still opens the app and its saved data.
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Deep links (/students/12/today) open offline; the API is never answered with HTML.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    denylist: [/^\/api\//],
  }),
);

/**
 * A new version waits until the person taps Reload in the app, which sends
 * this message. No skipWaiting on install and no clientsClaim: open tabs
 * never run one version's page with another version's worker.
 */
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

handleOutboxSync();
handlePush();
