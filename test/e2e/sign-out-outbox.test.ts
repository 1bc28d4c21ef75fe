import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { signInThroughUi } from './lib/app-driver.ts';
import { launchChromium } from './lib/chromium.ts';
import { queryOne } from './lib/district-db.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * Sign-out sends the outbox first; a change that cannot go (offline) is
 * not dropped unseen: the person stays signed in (and it goes once the
 * network is back) or discards it and signs out.
 */
const demoParent = demoSignIns[0];
let server: PortalServer;
let browser: Browser;

function gradeBelowOnServer(): number | null | undefined {
  return queryOne<{ value: number | null }>(
    server.dbPath,
    'SELECT grade_below_percent AS value FROM account WHERE username = ?',
    demoParent?.username,
  )?.value;
}

async function changeOffline(page: Page, context: BrowserContext, percent: string) {
  await page.goto(`${server.origin}/settings`);
  await page.locator('settings-page #gradeBelowPercent').waitFor();
  await context.setOffline(true);
  await page.locator('settings-page #gradeBelowPercent').fill(percent);
  await page.locator('settings-page button[type=submit]').click();
  await page.locator('settings-page .status[role=status]').waitFor();
}

async function askSignOut(page: Page) {
  await page.locator('account-menu button.toggle').click();
  await page.locator('account-menu .panel button').click();
}

describe('sign-out with changes not yet sent', { timeout: 180_000 }, () => {
  before(async () => {
    [server, browser] = await Promise.all([startPortal({ ports: [18750, 18799] }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('stay signed in and it goes once online; or discard and sign out', async () => {
    assert.ok(demoParent);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughUi(page, server.origin, demoParent);
    const before = gradeBelowOnServer();

    await changeOffline(page, context, '61');
    await askSignOut(page);
    const prompt = page.locator('sign-out-prompt dialog[open]');
    await prompt.waitFor();
    assert.match(await prompt.innerText(), /1 change has not reached the school/);
    await prompt.locator('button', { hasText: 'Stay signed in' }).click();
    await prompt.waitFor({ state: 'detached' });
    assert.match(page.url(), /\/settings$/, 'still signed in, on the same page');

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.waitForFunction(() => true);
    for (let i = 0; i < 100 && gradeBelowOnServer() !== 61; i += 1) await page.waitForTimeout(100);
    assert.equal(gradeBelowOnServer(), 61, 'sent once the network came back');

    // Nothing waiting: sign-out goes straight through.
    await askSignOut(page);
    await page.waitForURL(/\/sign-in/);

    // Again offline, and this time discarded.
    await signInThroughUi(page, server.origin, demoParent);
    await changeOffline(page, context, '42');
    await askSignOut(page);
    await prompt.waitFor();
    await prompt.locator('button', { hasText: 'Discard and sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await context.setOffline(false);
    await page.waitForTimeout(1500);
    assert.equal(gradeBelowOnServer(), 61, 'the discarded change never reached the server');
    assert.notEqual(before, 42);
    await context.close();
  });
});
