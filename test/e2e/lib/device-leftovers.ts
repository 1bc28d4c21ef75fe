import type { BrowserContext, Page } from 'playwright-core';

/** What a browser keeps of a site, looked at from its page and its context. */
export interface DeviceContents {
  /** Every IndexedDB database with the records of each store that holds any. */
  indexedDb: { database: string; store: string; records: number }[];
  /** Cache Storage caches and how many requests each holds. */
  caches: { name: string; requests: number; apiRequests: number }[];
  cookies: string[];
  localStorageKeys: string[];
}

/**
 * Lists the site's IndexedDB databases and their contents, its caches and
 * its cookies (names only: values may be secrets).
 */
export async function deviceContents(page: Page, context: BrowserContext): Promise<DeviceContents> {
  // No named functions inside the callback: tsx would wrap them in a helper the page lacks.
  const inPage = await page.evaluate(async () => {
    const indexedDbRows: { database: string; store: string; records: number }[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of [...db.objectStoreNames]) {
        const records = await new Promise<number>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).count();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        if (records > 0) indexedDbRows.push({ database: info.name, store, records });
      }
      db.close();
    }
    const cacheRows: { name: string; requests: number; apiRequests: number }[] = [];
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      cacheRows.push({
        name,
        requests: requests.length,
        apiRequests: requests.filter((r) => new URL(r.url).pathname.startsWith('/api/')).length,
      });
    }
    return { indexedDb: indexedDbRows, caches: cacheRows, localStorageKeys: Object.keys(localStorage) };
  });
  const cookies = (await context.cookies()).map((cookie) => cookie.name);
  return { ...inPage, cookies };
}
