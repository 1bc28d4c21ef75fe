import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import SQLite from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { settle, waitForTodayData } from './lib/app-driver.ts';
import { launchChromium } from './lib/chromium.ts';
import { activationKeyFromAdmin, importEdfi } from './lib/district-db.ts';
import { sharedData } from './lib/paths.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * Two districts on one server (the demo district and the Grand Bend ISD
 * sample imported beside it): a parent finds a district, signs in, adds
 * the second district and activates an account there, then switches back
 * and forth from the account menu without signing in again; each district
 * shows only its own children, and each has its own device database.
 */
const sample = path.join(sharedData, 'edfi-grand-bend');
const absent = existsSync(sample) ? false : `the Grand Bend sample is not at ${sample}`;
const demoParent = demoSignIns[0];

let dir: string;
let server: PortalServer;
let browser: Browser;

function query<Row>(sql: string, ...params: unknown[]): Row[] {
  const sqlite = new SQLite(server.dbPath, { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(sql).all(...params) as Row[];
  } finally {
    sqlite.close();
  }
}

/** The students an account's guardian is linked to, by id. */
function childrenOf(username: string): string[] {
  return query<{ id: number }>(
    `SELECT gs.student_id AS id FROM account a
       JOIN guardian_student gs ON gs.guardian_id = a.guardian_id WHERE a.username = ?`,
    username,
  ).map((row) => String(row.id)).sort();
}

async function pickerStudents(page: Page): Promise<string[]> {
  const options = page.locator('student-picker option');
  await options.first().waitFor({ state: 'attached' });
  return options.evaluateAll((all) => all.map((o) => (o as HTMLOptionElement).value).sort());
}

/** Searches the directory from the first screen and chooses the district. */
async function chooseDistrict(page: Page, name: string): Promise<void> {
  await page.locator('district-search-page #q').fill(name);
  await page.locator('district-search-page button[type=submit]').click();
  await page.locator('district-search-page li button').first().click();
  await page.waitForURL(/\/sign-in/);
  await page.locator('sign-in-page #username').waitFor();
}

async function openAccountMenu(page: Page): Promise<void> {
  await page.locator('account-menu button.toggle').click();
}

describe('several districts in one app', { skip: absent, timeout: 300_000 }, () => {
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-districts-'));
    [server, browser] = await Promise.all([
      startPortal({ dbPath: path.join(dir, 'portal.db'), ports: [18650, 18699] }),
      launchChromium(),
    ]);
    // The second district, imported beside the demo while the server runs.
    const summary = await importEdfi(sample, server.dbPath);
    assert.equal(summary.district, 'Grand Bend ISD');
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('find, sign in to two districts, switch; each shows only its own children', async () => {
    assert.ok(demoParent);
    const [grandBend] = query<{ id: number; sourceId: string }>(
      `SELECT g.id AS id, g.source_id AS sourceId FROM guardian g
         JOIN district d ON d.id = g.district_id
         JOIN guardian_student gs ON gs.guardian_id = g.id
        WHERE d.name = 'Grand Bend ISD' AND g.id NOT IN (SELECT guardian_id FROM account)
        ORDER BY g.id LIMIT 1`,
    );
    assert.ok(grandBend, 'a Grand Bend guardian without an account');
    const key = await activationKeyFromAdmin(server.dbPath, grandBend.sourceId);
    const account = {
      username: `e2e.${randomBytes(4).toString('hex')}`,
      password: `E2e-${randomBytes(9).toString('base64url')}-7q`,
    };

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();

    // A new device starts with the district search.
    await page.goto(server.origin);
    await page.waitForURL(/\/districts$/);
    await chooseDistrict(page, 'Cedar Hollow');
    await page.locator('sign-in-page #username').fill(demoParent.username);
    await page.locator('sign-in-page #password').fill(demoParent.password);
    await page.locator('sign-in-page button[type=submit]').click();
    await page.waitForURL(/\/students\/\d+\/today$/, { timeout: 30_000 });
    await waitForTodayData(page);
    const cedarChildren = await pickerStudents(page);
    assert.deepEqual(cedarChildren, childrenOf(demoParent.username));

    // The second district: added from the account menu, an account activated there.
    await openAccountMenu(page);
    await page.locator('account-menu a[href="/districts"]').click();
    await chooseDistrict(page, 'Grand Bend');
    await page.locator('sign-in-page a[href="/activate"]').click();
    const form = page.locator('activate-page form');
    await form.locator('#activationKey').fill(key);
    await form.locator('button[type=submit]').click();
    await form.locator('#username').fill(account.username);
    await form.locator('#password').fill(account.password);
    await form.locator('button[type=submit]').click();
    await form.locator('#email').fill('e2e.guardian@mail.example');
    await form.locator('#passwordAgain').fill(account.password);
    await form.locator('button[type=submit]').click();
    await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 30_000 });
    await settle(page);
    const grandBendChildren = childrenOf(account.username);
    assert.ok(grandBendChildren.length > 0);
    if (grandBendChildren.length > 1) assert.deepEqual(await pickerStudents(page), grandBendChildren);
    else assert.match(page.url(), new RegExp(`/students/${grandBendChildren[0]}/`));

    // Back to Cedar Hollow from the account menu: still signed in, only its children.
    await openAccountMenu(page);
    await page.locator('account-menu a', { hasText: 'Cedar Hollow' }).click();
    await page.waitForURL(/\/students\/\d+\/today$/, { timeout: 30_000 });
    await waitForTodayData(page);
    assert.deepEqual(await pickerStudents(page), cedarChildren);
    const shownId = /\/students\/(\d+)\//.exec(page.url())?.[1] ?? '';
    assert.ok(cedarChildren.includes(shownId));

    // And to Grand Bend again, where a Cedar Hollow student's address shows none of them.
    await openAccountMenu(page);
    await page.locator('account-menu a', { hasText: 'Grand Bend' }).click();
    await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 30_000 });
    await settle(page);
    const grandBendShown = /\/students\/(\d+)\//.exec(page.url())?.[1] ?? '';
    assert.ok(grandBendChildren.includes(grandBendShown));
    await page.goto(`${server.origin}/students/${cedarChildren[0]}/today`);
    await page.waitForURL((url) => !url.pathname.includes(`/students/${cedarChildren[0]}/`));
    assert.ok(grandBendChildren.some((id) => page.url().includes(`/students/${id}/`)));

    // Each district's data in its own device database, none in the other's.
    const byDatabase = await page.evaluate(async () => {
      const found: Record<string, number[]> = {};
      for (const info of await indexedDB.databases()) {
        if (!info.name?.startsWith('parent-portal')) continue;
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const open = indexedDB.open(info.name ?? '');
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        found[info.name] = await new Promise<number[]>((resolve) => {
          const request = db.transaction('students').objectStore('students').getAllKeys();
          request.onsuccess = () => resolve(request.result.map(Number));
        });
        db.close();
      }
      return found;
    });
    const stores = Object.values(byDatabase).filter((ids) => ids.length > 0);
    assert.equal(stores.length, 2, `two district databases hold students: ${Object.keys(byDatabase)}`);
    const asText = stores.map((ids) => ids.map(String).sort());
    assert.ok(asText.some((ids) => ids.every((id) => cedarChildren.includes(id))));
    assert.ok(asText.some((ids) => ids.every((id) => grandBendChildren.includes(id))));
    await context.close();
  });
});
