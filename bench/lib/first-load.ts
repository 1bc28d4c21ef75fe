import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { todayHasData, type Credentials } from './page-steps.ts';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
  /** Bytes on the wire as the server sent them (its brotli/gzip twins), when seen. */
  transferred?: number;
}

export interface FirstLoad {
  /** Named by index.html: the entry and its static imports, and the CSS. */
  firstLoad: { js: FileSize[]; css: FileSize[] };
  /** Fetched later by the document: the page's chunk, its locale files. */
  lazy: FileSize[];
  /** Fetched by workers: the sync worker, the service worker. */
  workers: FileSize[];
}

/**
 * Opens Today for a signed-in guardian in a fresh context and lists the JS
 * and CSS the browser fetched, each file's raw size and gzip size (level 9
 * of the file in dist/, or the build's .gz twin).
 */
export async function measureFirstLoad(
  browser: Browser,
  origin: string,
  distDir: string,
  who: Credentials,
): Promise<FirstLoad> {
  // A returning guardian: the session cookie only, nothing cached, no worker yet.
  const context = await browser.newContext();
  const signedIn = await context.request.post(`${origin}/api/v1/session`, {
    data: { ...who, stayLoggedIn: false },
  });
  if (!signedIn.ok()) throw new Error(`Sign-in for the first load failed: ${signedIn.status()}`);
  const session = (await (await context.request.get(`${origin}/api/v1/session`)).json()) as {
    students: { id: number }[];
  };
  const studentId = session.students[0]?.id;
  if (studentId === undefined) throw new Error('The demo guardian has no students');

  const fetched = new Map<string, Promise<number | undefined>>();
  let shown = false;
  context.on('request', (request) => {
    const url = new URL(request.url());
    // The service worker's precaching is not what the page waits for.
    if (shown || request.serviceWorker() || url.origin !== origin) return;
    if (!/\.(js|css)$/.test(url.pathname)) return;
    fetched.set(
      url.pathname,
      request
        .response()
        .then((response) => response?.finished())
        .then(() => request.sizes())
        .then((sizes) => sizes.responseBodySize || undefined, () => undefined),
    );
  });
  const page = await context.newPage();
  await page.goto(`${origin}/students/${studentId}/today`);
  await page.waitForFunction(todayHasData, undefined, { timeout: 30_000 });
  shown = true;
  const transfers = new Map<string, number | undefined>();
  for (const [pathname, size] of fetched) transfers.set(pathname, await size);
  await context.close();

  const index = await readFile(path.join(distDir, 'index.html'), 'utf8');
  const named = new Set(
    [...index.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] ?? ''),
  );
  const result: FirstLoad = { firstLoad: { js: [], css: [] }, lazy: [], workers: [] };
  for (const [pathname, transferred] of transfers) {
    const size = await fileSize(distDir, pathname, transferred);
    if (named.has(pathname)) {
      (pathname.endsWith('.css') ? result.firstLoad.css : result.firstLoad.js).push(size);
    } else if (/sync-worker|\/sw\.js$|workbox/.test(pathname)) {
      result.workers.push(size);
    } else {
      result.lazy.push(size);
    }
  }
  return result;
}

async function fileSize(distDir: string, pathname: string, transferred?: number): Promise<FileSize> {
  const file = path.join(distDir, pathname);
  const body = await readFile(file);
  const twin = `${file}.gz`;
  const gzip = existsSync(twin) ? (await readFile(twin)).length : gzipSync(body, { level: 9 }).length;
  return { file: pathname, raw: body.length, gzip, transferred };
}

export function total(sizes: FileSize[], key: 'raw' | 'gzip'): number {
  return sizes.reduce((sum, size) => sum + size[key], 0);
}
