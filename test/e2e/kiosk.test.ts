import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { settle, waitForTodayData, type Credentials } from './lib/app-driver.ts';
import { axeProblems } from './lib/axe.ts';
import { launchChromium } from './lib/chromium.ts';
import { deviceContents, type DeviceContents } from './lib/device-leftovers.ts';
import { repoRoot } from './lib/paths.ts';
import SQLite from 'better-sqlite3';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * A school office tablet: staff make it a kiosk with the district's code;
 * guardian A signs in, browses and signs out, and later is signed out by
 * the idle timer (the district's idle time made short); each time nothing
 * of A stays in IndexedDB, Cache Storage (but the app shell's precache) or
 * cookies (but the kiosk's own); guardian B then sees only B's children.
 */
const run = promisify(execFile);
const [guardianA, guardianB] = demoSignIns;
let server: PortalServer;
let browser: Browser;
let dir: string;

/** `npm run admin -- kiosk-code`, as district IT runs it; the code is only in memory. */
async function kioskCode(dbPath: string, idleMinutes?: number): Promise<string> {
  const args = ['--import', 'tsx', 'server/cli/admin.ts', 'kiosk-code', '--db', dbPath];
  if (idleMinutes !== undefined) args.push('--idle-minutes', String(idleMinutes));
  const { stdout } = await run(process.execPath, args, { cwd: repoRoot });
  const code = /Kiosk code for [^:]+: (\S+)/.exec(stdout)?.[1];
  if (!code) throw new Error('The admin command printed no kiosk code');
  return code;
}

async function signIn(page: Page, who: Credentials): Promise<void> {
  await page.goto(`${server.origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(who.username);
  await page.locator('sign-in-page #password').fill(who.password);
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/today$/, { timeout: 30_000 });
  await waitForTodayData(page);
}

/** The students the signed-in guardian's picker offers, by id. */
async function pickerStudents(page: Page): Promise<string[]> {
  const options = page.locator('student-picker option');
  await options.first().waitFor({ state: 'attached' });
  return options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).sort());
}

/** Students the device database holds (every portal database). */
async function studentsOnDevice(page: Page): Promise<number[]> {
  return page.evaluate(async () => {
    const ids: number[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name?.startsWith('parent-portal')) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (db.objectStoreNames.contains('students')) {
        const keys = await new Promise<IDBValidKey[]>((resolve) => {
          const request = db.transaction('students').objectStore('students').getAllKeys();
          request.onsuccess = () => resolve(request.result);
        });
        ids.push(...keys.map(Number));
      }
      db.close();
    }
    return ids.sort((a, b) => a - b);
  });
}

/** The children linked to an account, from the server's database. */
function childrenOf(username: string): string[] {
  const sqlite = new SQLite(server.dbPath, { readonly: true, fileMustExist: true });
  try {
    const rows = sqlite
      .prepare(
        `SELECT gs.student_id AS id FROM account a
           JOIN guardian_student gs ON gs.guardian_id = a.guardian_id WHERE a.username = ?`,
      )
      .all(username) as { id: number }[];
    return rows.map((row) => String(row.id)).sort();
  } finally {
    sqlite.close();
  }
}

/** Nothing of a family: no records, no runtime caches, no session cookie. */
function assertNothingLeft(contents: DeviceContents, when: string): void {
  assert.deepEqual(contents.indexedDb, [], `${when}: IndexedDB records left`);
  const notShell = contents.caches.filter((cache) => !cache.name.startsWith('workbox-precache'));
  assert.deepEqual(notShell, [], `${when}: caches other than the shell's precache`);
  for (const cache of contents.caches) {
    assert.equal(cache.apiRequests, 0, `${when}: API answers in ${cache.name}`);
  }
  assert.deepEqual(
    contents.cookies.filter((name) => name !== 'portal_kiosk'),
    [],
    `${when}: cookies other than the device's kiosk flag`,
  );
  assert.ok(!contents.localStorageKeys.includes('portal.selection'), `${when}: picked years left`);
}

describe('a kiosk keeps nothing of one family for the next', { timeout: 300_000 }, () => {
  let context: BrowserContext;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-kiosk-'));
    [server, browser] = await Promise.all([
      startPortal({ dbPath: path.join(dir, 'portal.db'), ports: [18600, 18649] }),
      launchChromium(),
    ]);
    context = await browser.newContext({ viewport: { width: 800, height: 1000 } });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('sign-out by hand and by the idle timer wipe A; B sees only B', async () => {
    assert.ok(guardianA && guardianB, 'the demo has two sign-ins');
    const page = await context.newPage();

    // Staff: the kiosk link and the district's code.
    const code = await kioskCode(server.dbPath);
    await page.goto(`${server.origin}/kiosk`);
    await page.locator('kiosk-page #code').fill(code);
    await page.locator('kiosk-page button[type=submit]').click();
    await page.locator('kiosk-page .done').waitFor();
    await page.locator('kiosk-page a.button').click();
    await page.locator('sign-in-page #username').waitFor();
    await page.locator('kiosk-guard .banner').waitFor();
    assert.equal(await page.locator('sign-in-page #stay').count(), 0, 'no "stay logged in" on a kiosk');
    const problems = await axeProblems(page);
    assert.deepEqual(problems, [], 'the kiosk sign-in page is accessible');

    // A signs in, browses, and signs out by hand.
    await signIn(page, guardianA);
    const studentsOfA = await pickerStudents(page);
    assert.equal(await page.locator('push-offer .offer').count(), 0, 'no push offer on a kiosk');
    await page.locator('app-nav a', { hasText: 'Grades' }).first().click();
    await settle(page);
    await page.goto(`${server.origin}/settings`);
    await page.locator('settings-page #communicationLanguage').waitFor();
    assert.ok((await studentsOnDevice(page)).length > 0, 'A\'s children are on the device meanwhile');

    await page.locator('account-menu button.toggle').click();
    await page.locator('account-menu .panel button').click();
    await page.waitForURL(/\/sign-in/, { timeout: 30_000 });
    await page.locator('sign-in-page #username').waitFor();
    assertNothingLeft(await deviceContents(page, context), 'after A signed out');
    await page.locator('kiosk-guard .banner').waitFor();

    // The district's kiosk idle time, made short: 45 s, the warning at 15 s.
    await kioskCode(server.dbPath, 0.75);
    await signIn(page, guardianA);
    const started = Date.now();
    await page.locator('kiosk-guard dialog[open]').waitFor({ timeout: 40_000 });
    const warnedAfter = (Date.now() - started) / 1000;
    assert.ok(warnedAfter >= 10 && warnedAfter <= 30, `warned after ${warnedAfter} s`);
    assert.match(
      (await page.locator('kiosk-guard dialog').innerText()).replace(/\s+/g, ' '),
      /signed out in \d+ seconds/,
    );
    await page.waitForURL(/\/sign-in/, { timeout: 60_000 });
    const signedOutAfter = (Date.now() - started) / 1000;
    assert.ok(signedOutAfter >= 40, `signed out after ${signedOutAfter} s, not before the idle time`);
    await page.locator('sign-in-page #username').waitFor();
    assertNothingLeft(await deviceContents(page, context), 'after the idle sign-out');

    // B, next, sees only B's children (the demo's two guardians share one child).
    await signIn(page, guardianB);
    const studentsOfB = await pickerStudents(page);
    assert.deepEqual(studentsOfA, childrenOf(guardianA.username));
    assert.deepEqual(studentsOfB, childrenOf(guardianB.username));
    const onlyA = studentsOfA.filter((id) => !studentsOfB.includes(id));
    assert.ok(onlyA.length > 0, 'A has a child who is not B\'s');
    const onDevice = (await studentsOnDevice(page)).map(String);
    assert.ok(onDevice.length > 0);
    assert.deepEqual(onDevice.filter((id) => !studentsOfB.includes(id)), [], 'only B\'s children stored');
  });
});
