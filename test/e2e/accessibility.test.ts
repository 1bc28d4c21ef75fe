import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { languages } from '../../src/i18n/languages.ts';
import { menuLinks, settle, signInThroughUi, switchLanguage } from './lib/app-driver.ts';
import { axeProblems } from './lib/axe.ts';
import { launchChromium } from './lib/chromium.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * axe-core on every page a person can reach (sign-in, activation and every
 * page of the menu) in every language of the portal. All problems are
 * gathered first, so one run names every page and language that broke.
 */
let server: PortalServer;
let browser: Browser;

async function check(page: Page, where: string, problems: string[]): Promise<void> {
  for (const problem of await axeProblems(page)) {
    problems.push(`${where}: ${problem.rule} — ${problem.help} ${problem.targets.join(' ')}`);
  }
}

describe('accessibility of every page in every language', { timeout: 300_000 }, () => {
  before(async () => {
    [server, browser] = await Promise.all([startPortal(), launchChromium()]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('sign-in and activation, signed out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    await page.goto(`${server.origin}/sign-in`);
    await settle(page);
    for (const language of languages) {
      await switchLanguage(page, language);
      for (const path of ['/sign-in', '/activate']) {
        await page.goto(`${server.origin}${path}`);
        await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
        await settle(page);
        await check(page, `[${language}] ${path}`, problems);
      }
    }
    await context.close();
    assert.deepEqual(problems, [], `axe found problems:\n${problems.join('\n')}`);
  });

  test('every menu page, signed in', async () => {
    const demoParent = demoSignIns[0];
    assert.ok(demoParent);
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInThroughUi(page, server.origin, demoParent);
    const problems: string[] = [];
    for (const language of languages) {
      await switchLanguage(page, language);
      for (const link of await menuLinks(page)) {
        await page.locator(`app-nav a[href="${link.href}"]`).click();
        await page.waitForURL((url) => url.pathname === link.href);
        await settle(page);
        await check(page, `[${language}] ${link.label} ${link.href}`, problems);
      }
    }
    await context.close();
    assert.deepEqual(problems, [], `axe found problems:\n${problems.join('\n')}`);
  });
});
