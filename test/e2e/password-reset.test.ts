import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { waitForTodayData } from './lib/app-driver.ts';
import { launchChromium } from './lib/chromium.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * A forgotten password recovered in a real browser: the sign-in page's
 * link, the email (the server writes it under var/mail without SMTP), its
 * link opened once, the new password signs in and the old one no longer.
 */
const demoParent = demoSignIns[0];
let server: PortalServer;
let browser: Browser;

/** The reset link of the newest email, decoded from quoted-printable. */
async function resetPathFromMail(): Promise<string> {
  const dir = path.join(server.webRoot, '..', 'var', 'mail');
  for (let tries = 0; tries < 100; tries += 1) {
    const files = (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.eml'));
    for (const file of files.sort().reverse()) {
      const raw = await readFile(path.join(dir, file), 'utf8');
      const text = raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
      const found = /\/reset-password\?token=[A-Za-z0-9_-]+/.exec(text)?.[0];
      if (found) return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No email with a reset link');
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(username);
  await page.locator('sign-in-page #password').fill(password);
  await page.locator('sign-in-page button[type=submit]').click();
}

describe('a forgotten password', { timeout: 120_000 }, () => {
  before(async () => {
    [server, browser] = await Promise.all([startPortal({ ports: [18800, 18849] }), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the emailed link sets a new password once; the old one stops working', async () => {
    assert.ok(demoParent);
    const newPassword = `Reset-${randomBytes(9).toString('base64url')}-9z`;
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();

    await page.goto(`${server.origin}/sign-in`);
    await page.locator('sign-in-page a[href="/forgot-password"]').click();
    await page.locator('forgot-password-page #identifier').fill(demoParent.username);
    await page.locator('forgot-password-page button[type=submit]').click();
    await page.locator('forgot-password-page .done').waitFor();

    const link = await resetPathFromMail();
    await page.goto(`${server.origin}${link}`);
    await page.locator('reset-password-page #password').fill(newPassword);
    await page.locator('reset-password-page #passwordAgain').fill(newPassword);
    await page.locator('reset-password-page button[type=submit]').click();
    await page.locator('reset-password-page .done').waitFor();
    await page.locator('reset-password-page a.button').click();

    await page.locator('sign-in-page #username').waitFor();
    await signIn(page, demoParent.username, demoParent.password);
    // The old password no longer signs in.
    await page
      .locator('sign-in-page error-message [role=alert]', { hasText: 'username or password is not correct' })
      .waitFor();

    await signIn(page, demoParent.username, newPassword);
    await page.waitForURL(/\/students\/\d+\/today$/, { timeout: 30_000 });
    await waitForTodayData(page);

    // The link works once.
    const again = await context.newPage();
    await again.goto(`${server.origin}${link}`);
    await again.locator('reset-password-page #password').fill(newPassword);
    await again.locator('reset-password-page #passwordAgain').fill(newPassword);
    await again.locator('reset-password-page button[type=submit]').click();
    await again
      .locator('reset-password-page error-message [role=alert]', { hasText: 'already been used' })
      .waitFor();
    await context.close();
  });
});
