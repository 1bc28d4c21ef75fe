import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp } from '../../../server/app.ts';
import { openPortalDatabase, type PortalDb } from '../../../server/db/database.ts';
import { ensureDemoDistrict } from '../../../server/demo/district.ts';

/**
 * The built app in a real Chromium against the real server and the demo
 * district: sign in, data synced, offline reload of a deep link, the
 * update prompt, sign-out wiping the device.
 */
const port = Number(process.env.E2E_PORT ?? 18120);
const origin = `http://127.0.0.1:${port}`;

let dir: string;
let webRoot: string;
let db: PortalDb;
let app: FastifyInstance;
let browser: Browser;
let signIn: { username: string; password: string };

async function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('parent-portal');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
    store,
  );
}

async function signInAndWait(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  if (process.env.E2E_DEBUG) {
    page.on('console', (message) => console.log(`console: ${message.text()}`));
    page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
  }
  await page.goto(`${origin}/students/0/today`);
  await page.locator('sign-in-page #username').fill(signIn.username);
  await page.locator('sign-in-page #password').fill(signIn.password);
  await page.locator('sign-in-page button[type=submit]').click();
  await page.locator('today-page .grid').waitFor({ timeout: 20_000 });
  return page;
}

/**
 * No clientsClaim: the worker controls the page from the next load on. On a
 * busy machine Chromium may send a navigation past a worker that is slow to
 * start, so the reload is tried a few times.
 */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(
    async () =>
      (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    undefined,
    { timeout: 30_000, polling: 200 },
  );
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.waitForTimeout(500 * attempt);
    await page.reload();
    if (await page.evaluate(() => !!navigator.serviceWorker.controller)) return;
  }
  const state = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return JSON.stringify({
      scope: registration?.scope,
      active: registration?.active?.state,
      waiting: registration?.waiting?.state,
      installing: registration?.installing?.state,
      url: location.href,
    });
  });
  assert.fail(`the service worker never took control of the page: ${state}`);
}

describe('the installed app, end to end', { timeout: 120_000 }, () => {
  before(async () => {
    // Its own build, so a concurrent `npm run build` or `npm start` is never disturbed.
    dir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-'));
    webRoot = path.join(dir, 'dist');
    const build = (command: string, ...args: string[]) =>
      execFileSync('npx', [command, ...args], { stdio: 'ignore' });
    build('vite', 'build', '--outDir', webRoot, '--emptyOutDir', '--logLevel', 'silent');
    build('tsx', 'sw/build.ts', webRoot);
    build('tsx', 'scripts/compress-dist.ts', webRoot);
    ({ db } = await openPortalDatabase(path.join(dir, 'portal.db')));
    const signIns = await ensureDemoDistrict(db, { log: () => {} });
    const first = signIns?.[0];
    assert.ok(first, 'the demo district gives a sign-in');
    signIn = first;
    app = await buildApp({ db, secureCookies: false, webRoot });
    await app.listen({ port, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    });
  });

  after(async () => {
    await browser?.close();
    await app?.close();
    await db?.destroy();
    await rm(dir, { recursive: true, force: true });
  });

  test('signs in, syncs, and opens a deep link offline with its data', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await signInAndWait(context);
    assert.match(page.url(), /\/students\/\d+\/today$/);
    assert.ok((await countRows(page, 'sections')) > 0, 'sections are on the device');

    await controlledByServiceWorker(page);

    // Installable: a valid manifest and a worker with a fetch handler (test
    // contexts are incognito, which alone keeps Chromium from offering it).
    const devtools = await context.newCDPSession(page);
    const manifest = await devtools.send('Page.getAppManifest');
    assert.deepEqual(manifest.errors, []);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    assert.deepEqual(
      installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'),
      [],
    );

    await context.setOffline(true);
    await page.reload();
    await page.locator('today-page .grid').waitFor({ timeout: 10_000 });
    const heading = await page.locator('today-page h1').textContent();
    assert.match(heading ?? '', /Today for/);
    await context.close();
  });

  test('offers a waiting update and reloads only when asked', async () => {
    const context = await browser.newContext();
    const page = await signInAndWait(context);
    await controlledByServiceWorker(page);

    // A new build of the worker: its compressed twins go, or they would still be served.
    const worker = path.join(webRoot, 'sw.js');
    await appendFile(worker, `\n// e2e update ${Date.now()}\n`);
    await rm(`${worker}.br`, { force: true });
    await rm(`${worker}.gz`, { force: true });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.locator('update-prompt').waitFor({ timeout: 20_000 });

    const controllerBefore = await page.evaluate(
      () => navigator.serviceWorker.controller?.scriptURL,
    );
    assert.ok(controllerBefore);
    const reloaded = page.waitForEvent('load');
    await page.locator('update-prompt button').click();
    await reloaded;
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, {
      timeout: 20_000,
    });
    const waiting = await page.evaluate(
      async () => !!(await navigator.serviceWorker.getRegistration())?.waiting,
    );
    assert.equal(waiting, false);
    await context.close();
  });

  test('sign-out removes the family\'s data from the device', async () => {
    const context = await browser.newContext();
    const page = await signInAndWait(context);
    await page.locator('account-menu button.toggle').click();
    await page.locator('account-menu .panel button').click();
    await page.locator('sign-in-page').waitFor();

    assert.equal(await countRows(page, 'sections'), 0);
    assert.equal(await countRows(page, 'meta'), 0);
    await context.close();
  });

  test('a browser without IndexedDB gets a message, not a blank page', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    const page = await context.newPage();
    await page.goto(`${origin}/sign-in`);
    const message = page.locator('app-shell error-message [role=alert]');
    await message.waitFor();
    assert.match(await message.innerText(), /does not let the portal save data/);
    await context.close();
  });
});
