import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { settle, waitForServiceWorkerControl } from './lib/app-driver.ts';
import { axeProblems } from './lib/axe.ts';
import { launchChromium } from './lib/chromium.ts';
import { queryOne } from './lib/district-db.ts';
import { repoRoot } from './lib/paths.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * A family applies for meal benefits on a phone that loses its connection
 * halfway: the draft survives a reload offline, the application is sent
 * offline ("waiting to send"), reaches the server exactly once when the
 * network is back and shows the staff's decision. Then a report card
 * opened once opens again with the network cut.
 */
const run = promisify(execFile);
const demoParent = demoSignIns[0];
let server: PortalServer;
let browser: Browser;

async function signIn(page: Page) {
  assert.ok(demoParent);
  await page.goto(`${server.origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(demoParent.username);
  await page.locator('sign-in-page #password').fill(demoParent.password);
  await page.locator('sign-in-page #stay').check();
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 20_000 });
  await settle(page);
}

function applications(): number {
  const sql = 'SELECT COUNT(*) AS n FROM meal_application';
  return queryOne<{ n: number }>(server.dbPath, sql)?.n ?? 0;
}

const form = (page: Page) => page.locator('meal-benefits-page meal-application-form');
const stepHeading = (page: Page) => form(page).locator('#step-heading');

async function next(page: Page, expected: RegExp) {
  await form(page).locator('button[type=submit]').click();
  await page.waitForFunction(
    (pattern) => {
      const shell = document.querySelector('app-shell')?.shadowRoot;
      const host = shell?.querySelector('meal-benefits-page')?.shadowRoot
        ?.querySelector('meal-application-form')?.shadowRoot;
      return new RegExp(pattern).test(host?.querySelector('#step-heading')?.textContent ?? '');
    },
    expected.source,
    { timeout: 10_000 },
  );
}

async function pdfAt(page: Page, url: string): Promise<string> {
  return page.evaluate(async (address) => (await (await fetch(address)).text()).slice(0, 5), url);
}

describe('meal benefits and report cards against the real server', { timeout: 240_000 }, () => {
  let context: BrowserContext;
  before(async () => {
    [server, browser] = await Promise.all([
      startPortal({ ports: [18600, 18699] }),
      launchChromium(),
    ]);
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('half an application, offline reload, sent offline, reaches the server once', async () => {
    const page = await context.newPage();
    await signIn(page);
    await waitForServiceWorkerControl(page);
    await page.goto(`${server.origin}/meal-benefits`);
    await page.locator('meal-benefits-page button', { hasText: 'Start an application' }).click();
    await stepHeading(page).waitFor();
    assert.match((await stepHeading(page).textContent()) ?? '', /Step 1 of 5: Household/);

    // Half of it online: one more person, no assistance program, one income.
    await form(page).locator('[data-action=add-member]').click();
    await form(page).locator('input[name=member-name]').last().fill('Rosa Example');
    await next(page, /Step 2 of 5/);
    await form(page).locator('input[value=no]').check();
    await next(page, /Step 3 of 5: Incomes/);
    await form(page).locator('[data-action=add-income]').last().click();
    await form(page).locator('select[name=income-source]').selectOption('earnings');
    await form(page).locator('input[name=income-amount]').fill('1,200.50');
    await form(page).locator('select[name=income-frequency]').selectOption('every_two_weeks');

    // The connection goes; a reload still finds the draft where it was.
    await context.setOffline(true);
    await page.reload();
    await stepHeading(page).waitFor({ timeout: 20_000 });
    assert.match((await stepHeading(page).textContent()) ?? '', /Step 3 of 5: Incomes/);
    assert.equal(await form(page).locator('input[name=income-amount]').inputValue(), '1,200.50');
    assert.equal(await form(page).locator('select[name=income-frequency]').inputValue(),
      'every_two_weeks');

    await next(page, /Step 4 of 5: Signature/);
    await form(page).locator('#signerName').fill('Demo Parent');
    await form(page).locator('#ssnLastFour').fill('4321');
    await next(page, /Step 5 of 5: Review/);
    const problems = await axeProblems(page);
    assert.deepEqual(problems, [], JSON.stringify(problems));
    await form(page).locator('button[type=submit]').click();
    const waiting = page.locator('meal-benefits-page [data-state=waiting]');
    await waiting.waitFor();
    assert.match((await waiting.textContent()) ?? '', /Waiting to send/);
    assert.equal(applications(), 0, 'nothing reached the server offline');

    await context.setOffline(false);
    const submitted = page.locator('meal-benefits-page [data-status=submitted]');
    await submitted.waitFor({ timeout: 30_000 });
    await waiting.waitFor({ state: 'detached' });
    assert.match((await submitted.textContent()) ?? '', /Being reviewed/);
    await page.reload();
    await submitted.waitFor();
    await page.waitForTimeout(1_000);
    assert.equal(applications(), 1, 'exactly one application on the server');
    const stored = queryOne<{ ssn: string; members: number; incomes: number }>(
      server.dbPath,
      `SELECT a.ssn_last_four AS ssn,
         (SELECT COUNT(*) FROM meal_application_member) AS members,
         (SELECT COUNT(*) FROM meal_application_income) AS incomes
       FROM meal_application a`,
    );
    assert.equal(stored?.ssn, '4321');
    assert.equal(stored?.incomes, 1);
    assert.ok((stored?.members ?? 0) >= 2);
    assert.ok(!server.output().includes('4321'), 'the server printed the SSN digits');

    // Staff approve it: the page shows the new status.
    const id = queryOne<{ id: number }>(server.dbPath, 'SELECT id FROM meal_application')?.id;
    await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli/admin.ts', 'meal-application', String(id), 'approve',
        '--db', server.dbPath],
      { cwd: repoRoot },
    );
    await page.reload();
    const approved = page.locator('meal-benefits-page [data-status=approved]');
    await approved.waitFor({ timeout: 20_000 });
    assert.match((await approved.textContent()) ?? '', /Approved/);
    await page.close();
  });

  test('a report card opened once opens again offline', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await waitForServiceWorkerControl(page);
    const studentId = await page.evaluate(async () => {
      const session = (await (await fetch('/api/v1/session')).json()) as {
        students: { id: number }[];
      };
      return session.students[0]?.id;
    });
    await page.goto(`${server.origin}/students/${studentId}/report-cards`);
    const card = page.locator('report-cards-page .document').first();
    await card.waitFor({ timeout: 20_000 });
    const problems = await axeProblems(page);
    assert.deepEqual(problems, [], JSON.stringify(problems));

    const open = () => Promise.all([context.waitForEvent('page'), card.locator('button').click()]);
    const [first] = await open();
    assert.match(first.url(), /^blob:/);
    assert.equal(await pdfAt(page, first.url()), '%PDF-');
    await first.close();
    await card.locator('.saved').waitFor();

    await context.setOffline(true);
    await page.reload();
    await card.waitFor({ timeout: 20_000 });
    const [again] = await open();
    assert.match(again.url(), /^blob:/);
    assert.equal(await pdfAt(page, again.url()), '%PDF-');
    await again.close();
    await context.setOffline(false);
  });
});
