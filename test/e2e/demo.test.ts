import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { demoDistrictSourceId } from '../../server/demo/district.ts';
import { randomBytes } from 'node:crypto';
import {
  activateThroughUi,
  menuLinks,
  pageSignature,
  settle,
  signInThroughUi,
  switchLanguage,
  waitForServiceWorkerControl,
  waitForTodayData,
  type PageSignature,
} from './lib/app-driver.ts';
import { launchChromium } from './lib/chromium.ts';
import { activationKeyFromAdmin, guardianWithoutAccount } from './lib/district-db.ts';
import { repoRoot } from './lib/paths.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * The demo district in a real Chromium against the real server: sign in,
 * another child, another language, every page of the menu, then the same
 * pages again with the network cut, and a deep link in a new tab offline.
 */
let server: PortalServer;
let browser: Browser;
const demoParent = demoSignIns[0];

describe('the demo district, online then offline', { timeout: 120_000 }, () => {
  before(async () => {
    [server, browser] = await Promise.all([startPortal(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('every menu page shows offline what it showed online', async () => {
    assert.ok(demoParent, 'the demo has a first sign-in');
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughUi(page, server.origin, demoParent);
    await waitForTodayData(page);

    // Another child: the picker moves to the same page for them.
    const students = await page
      .locator('student-picker option')
      .evaluateAll((options) =>
        options.map((o) => ({ id: (o as HTMLOptionElement).value, name: o.textContent?.trim() ?? '' })),
      );
    assert.ok(students.length >= 2, `demo.parent has two children (saw ${students.length})`);
    const firstId = /\/students\/(\d+)\//.exec(page.url())?.[1];
    const other = students.find((s) => s.id !== firstId);
    assert.ok(other);
    await page.locator('student-picker select').selectOption(other.id);
    await page.waitForURL(new RegExp(`/students/${other.id}/today$`));
    await waitForTodayData(page);
    // Today keeps the first child's data until the other's school years are read, which
    // waits behind the first sync's writes when it is still running: wait for the name.
    await page
      .locator('today-page h1', { hasText: other.name })
      .waitFor({ timeout: 20_000 })
      .catch(() => undefined);
    const heading = (await page.locator('today-page h1').textContent()) ?? '';
    assert.ok(heading.includes(other.name), `Today names the other child: "${heading}"`);

    // Spanish: <html lang> and a string of the menu change.
    const spanish = JSON.parse(
      await readFile(path.join(repoRoot, 'locales/es/common.json'), 'utf8'),
    ) as { menu: { today: string } };
    await switchLanguage(page, 'es');
    await page.locator('app-nav a', { hasText: spanish.menu.today }).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
    // The toolbar's choice is the account's portal language from now on (the outbox sends it).
    let portalLanguage: unknown;
    for (let tries = 0; tries < 50 && portalLanguage !== 'es'; tries++) {
      if (tries) await page.waitForTimeout(200);
      const answer = await page.request.get(`${server.origin}/api/v1/settings`);
      portalLanguage = ((await answer.json()) as { portalLanguage?: unknown }).portalLanguage;
    }
    assert.equal(portalLanguage, 'es', 'the account keeps the language picked in the toolbar');

    await waitForServiceWorkerControl(page);

    // Every page the menu offers, through the menu.
    const links = await menuLinks(page);
    assert.ok(links.length >= 1, 'the menu has pages');
    const online = new Map<string, PageSignature>();
    for (const link of links) {
      await page.locator(`app-nav a[href="${link.href}"]`).click();
      await page.waitForURL((url) => url.pathname === link.href);
      const shown = await settle(page);
      assert.ok(shown.tag, `${link.label} (${link.href}) shows a page: ${JSON.stringify(shown)}`);
      assert.equal(shown.errors + shown.shellProblems, 0, `${link.label} (${link.href}) online: ${JSON.stringify(shown)}`);
      online.set(link.href, shown);
    }

    await context.setOffline(true);
    await page.reload();
    await settle(page);
    for (const [href, shown] of online) {
      await page.goto(`${server.origin}${href}`);
      const offline = await settle(page);
      assert.deepEqual(offline, shown, `[es] ${href} offline shows what it showed online`);
    }

    // A deep link in a new tab, still offline: another child's page and this child's.
    const [firstHref] = online.keys();
    assert.ok(firstHref);
    const tab = await context.newPage();
    await tab.goto(`${server.origin}${firstHref}`);
    assert.deepEqual(await settle(tab), online.get(firstHref), `${firstHref} in a new tab offline`);
    await tab.goto(`${server.origin}/students/${firstId}/today`);
    await waitForTodayData(tab);
    const signature = await pageSignature(tab);
    assert.equal(signature.errors + signature.shellProblems, 0, 'the first child\'s Today offline');
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'es');
    await context.close();
  });

  test('a demo guardian without an account activates it in the app and signs in again', async () => {
    // The app with no district chosen activates in the server's default one.
    const guardian = guardianWithoutAccount(server.dbPath, demoDistrictSourceId);
    assert.ok(guardian, 'the demo district has a guardian without an account');
    const key = await activationKeyFromAdmin(server.dbPath, guardian.sourceId, guardian.districtSourceId);
    const account = {
      username: `e2e.${randomBytes(4).toString('hex')}`,
      password: `E2e-${randomBytes(9).toString('base64url')}-7q`,
      email: 'e2e.guardian@mail.example',
    };
    const context = await browser.newContext();
    const page = await context.newPage();
    await activateThroughUi(page, server.origin, key, account);
    await waitForTodayData(page);

    await page.locator('account-menu button.toggle').click();
    await page.locator('account-menu .panel button').click();
    await page.waitForURL(/\/sign-in$/);
    await signInThroughUi(page, server.origin, account);
    await waitForTodayData(page);
    const studentIds = await page
      .locator('student-picker option')
      .evaluateAll((options) => options.map((o) => Number((o as HTMLOptionElement).value)));
    assert.ok(studentIds.includes(guardian.studentId), 'the guardian sees their child');
    await context.close();
  });
});
