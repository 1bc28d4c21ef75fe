/// <reference lib="webworker" />

declare const self: ServiceWorkerGlobalScope;

interface PushData {
  id?: number;
  title?: string;
  body?: string;
  link?: string | null;
}

function readPush(event: PushEvent): PushData {
  try {
    const data: unknown = event.data?.json();
    return typeof data === 'object' && data !== null ? (data as PushData) : {};
  } catch {
    return { body: event.data?.text() };
  }
}

/** An open app renews its bell at once instead of at its next refresh. */
async function tellOpenWindows(): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window' });
  for (const client of windows) client.postMessage({ type: 'portal-push' });
}

/**
 * Push: shows the server's title and body (already in the guardian's
 * communication language); a tap focuses an open window of the portal and
 * takes it to the linked page, or opens one there.
 */
export function handlePush(): void {
  self.addEventListener('push', (event) => {
    const data = readPush(event);
    const link = typeof data.link === 'string' && data.link.startsWith('/') ? data.link : '/';
    event.waitUntil(
      Promise.all([
        self.registration.showNotification(data.title || 'Parent Portal', {
          body: data.body ?? '',
          tag: data.id === undefined ? undefined : `notification-${data.id}`,
          icon: '/icons/icon-192.png',
          data: { link },
        }),
        tellOpenWindows(),
      ]),
    );
  });

  self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const data: unknown = event.notification.data;
    const link =
      typeof data === 'object' && data !== null && 'link' in data && typeof data.link === 'string'
        ? data.link
        : '/';
    const url = new URL(link, self.location.origin).href;
    event.waitUntil(
      (async () => {
        const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
        const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
        if (open) {
          const focused = await open.focus();
          // navigate() works on a window this worker controls; otherwise open one.
          const moved = await focused.navigate(url).catch(() => null);
          if (moved) return;
        }
        await self.clients.openWindow(url);
      })(),
    );
  });
}
