import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { demoSignIns } from '../../server/demo/accounts.ts';
import { demoDistrictSourceId } from '../../server/demo/district.ts';
import { settle, waitForServiceWorkerControl } from './lib/app-driver.ts';
import { axeProblems } from './lib/axe.ts';
import { launchChromium } from './lib/chromium.ts';
import { queryOne } from './lib/district-db.ts';
import { repoRoot } from './lib/paths.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * Writes that survive the network, end to end: an absence request filed
 * offline waits on the device, goes once the network is back, and stays
 * ONE request on the server after a Background Sync event and a reload;
 * a refused one shows why and can be discarded; staff approval reaches
 * the bell; a push through the DevTools protocol shows a notification.
 */
const run = promisify(execFile);
const demoParent = demoSignIns[0];
let server: PortalServer;
let browser: Browser;
const axeFindings: string[] = [];

async function checkAxe(page: Page, where: string) {
  for (const problem of await axeProblems(page)) {
    axeFindings.push(`${where}: ${problem.rule} — ${problem.help} ${problem.targets.join(' ')}`);
  }
}

async function signInStayingLoggedIn(page: Page, origin: string) {
  assert.ok(demoParent);
  await page.goto(`${origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(demoParent.username);
  await page.locator('sign-in-page #password').fill(demoParent.password);
  await page.locator('sign-in-page #stay').check();
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 20_000 });
  await settle(page);
}

/** The first student's next instructional day after today, from the server's database. */
async function nextSchoolDay(page: Page, index = 0): Promise<{ studentId: number; date: string }> {
  const session = (await page.evaluate(async () => (await fetch('/api/v1/session')).json())) as {
    students: { id: number }[];
    district: { timeZone: string };
  };
  const studentId = session.students[index]?.id;
  assert.ok(studentId);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: session.district.timeZone }).format(new Date());
  const row = queryOne<{ date: string }>(
    server.dbPath,
    `SELECT d.date AS date FROM calendar_day d
       JOIN calendar c ON c.id = d.calendar_id
       JOIN enrollment e ON e.school_id = c.school_id AND e.school_year_id = c.school_year_id
      WHERE e.student_id = ? AND d.kind = 'instructional' AND d.date > ?
        AND e.start_date <= d.date AND (e.end_date IS NULL OR e.end_date >= d.date)
      ORDER BY d.date LIMIT 1`,
    studentId,
    today,
  );
  assert.ok(row, 'the demo calendar has a school day ahead');
  return { studentId, date: row.date };
}

function requestCount(guardianFirstStudent: number): number {
  return (
    queryOne<{ n: number }>(
      server.dbPath,
      `SELECT COUNT(DISTINCT r.id) AS n FROM absence_request r
         JOIN absence_request_student s ON s.absence_request_id = r.id
        WHERE s.student_id = ?`,
      guardianFirstStudent,
    )?.n ?? 0
  );
}

async function fillRequest(
  page: Page,
  request: { studentId: number; date: string; kind?: 'arrive_late'; time?: string },
) {
  await page.goto(`${server.origin}/absence-requests/new`);
  const form = page.locator('absence-request-form-page');
  await form.locator(`input[name=student][value="${request.studentId}"]`).check();
  await form.locator('#excuse').selectOption({ index: 1 });
  if (request.kind) await form.locator(`input[value=${request.kind}]`).check();
  await form.locator('#firstDate').fill(request.date);
  if (request.time) await form.locator('#time').fill(request.time);
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/absence-requests$/);
}

/** The bell's unread count, as its accessible name says it. */
async function unreadInBell(page: Page): Promise<number> {
  const label = await page.locator('notification-bell a').getAttribute('aria-label');
  return Number(/(\d+)/.exec(label ?? '')?.[1] ?? 0);
}

/** The service worker's registration id, for the DevTools protocol's ServiceWorker domain. */
async function workerRegistration(cdp: CDPSession): Promise<string> {
  const found = new Promise<string>((resolve) => {
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const live = registrations.find((r) => !r.isDeleted);
      if (live) resolve(live.registrationId);
    });
  });
  await cdp.send('ServiceWorker.enable');
  return found;
}

describe('the outbox against the real server', { timeout: 180_000 }, () => {
  let context: BrowserContext;
  before(async () => {
    [server, browser] = await Promise.all([startPortal({ ports: [18500, 18599] }), launchChromium()]);
    context = await browser.newContext();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('offline request waits, goes once online, stays one after a sync event and a reload', async () => {
    const page = await context.newPage();
    await signInStayingLoggedIn(page, server.origin);
    await waitForServiceWorkerControl(page);
    // Stay logged in on a device that is not a kiosk: push is offered, nothing asked yet.
    await page.locator('push-offer button', { hasText: 'Turn on notifications' }).waitFor();

    const day = await nextSchoolDay(page);
    const before = requestCount(day.studentId);
    // Online once, so the excuse list is saved on the device.
    await page.goto(`${server.origin}/absence-requests/new`);
    await page.locator('absence-request-form-page #excuse option').nth(1).waitFor({ state: 'attached' });
    await page.locator('absence-request-form-page button[type=submit]').click();
    await page.locator('absence-request-form-page .problem').first().waitFor();
    await checkAxe(page, 'form with its problems');

    const cdp = await context.newCDPSession(page);
    const registrationId = await workerRegistration(cdp);
    const fireSync = () =>
      cdp.send('ServiceWorker.dispatchSyncEvent', {
        origin: server.origin,
        registrationId,
        tag: 'portal-outbox',
        lastChance: false,
      });

    await context.setOffline(true);
    await fillRequest(page, day);
    const waiting = page.locator('absence-requests-page [data-state=waiting]');
    await waiting.waitFor();
    assert.match((await waiting.textContent()) ?? '', /Waiting to send/);
    assert.equal(requestCount(day.studentId), before, 'nothing reached the server offline');

    // Back online: the page (its `online` event) and the service worker (a
    // sync event fired at the same moment) race for the same entry.
    await context.setOffline(false);
    await fireSync();
    await page.locator('absence-requests-page [data-status=submitted]').first().waitFor({ timeout: 30_000 });
    await waiting.waitFor({ state: 'detached' });
    assert.equal(requestCount(day.studentId), before + 1);

    await fireSync();
    await page.reload();
    await page.locator('absence-requests-page [data-status=submitted]').first().waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(requestCount(day.studentId), before + 1, 'exactly one request on the server');

    // A time outside the school day: refused, shown translated, discarded.
    await fillRequest(page, { ...day, kind: 'arrive_late', time: '23:30' });
    const failed = page.locator('absence-requests-page [data-state=failed]');
    await failed.waitFor({ timeout: 20_000 });
    assert.match((await failed.textContent()) ?? '', /Not sent: The time must be within the school day\./);
    await checkAxe(page, 'list with a refused request');
    await failed.locator('button.discard').click();
    await failed.waitFor({ state: 'detached' });
    assert.equal(requestCount(day.studentId), before + 1);

    // Staff approve it; the next refresh moment (a reload) brings it to the bell.
    const id = queryOne<{ id: number }>(
      server.dbPath,
      `SELECT r.id AS id FROM absence_request r JOIN absence_request_student s
         ON s.absence_request_id = r.id WHERE s.student_id = ? ORDER BY r.id DESC LIMIT 1`,
      day.studentId,
    )?.id;
    assert.ok(id);
    await run(
      process.execPath,
      ['--import', 'tsx', 'server/cli/admin.ts', 'absence-request', String(id), 'approve', '--db', server.dbPath],
      { cwd: repoRoot },
    );
    await page.reload();
    const bell = page.locator('notification-bell a');
    await page.waitForFunction(
      () => {
        const shell = document.querySelector('app-shell')?.shadowRoot;
        const link = shell?.querySelector('notification-bell')?.shadowRoot?.querySelector('a');
        return /unread/.test(link?.getAttribute('aria-label') ?? '');
      },
      undefined,
      { timeout: 20_000 },
    );
    await bell.click();
    const item = page.locator('notifications-page li', { hasText: 'Absence request approved' });
    await item.first().waitFor();
    await checkAxe(page, 'notifications');
    const unreadBefore = await unreadInBell(page);
    assert.ok(unreadBefore >= 1);
    // Opening it marks it read and shows the request, approved.
    await item.first().locator('a').click();
    await page.waitForURL(new RegExp(`/absence-requests/${id}$`));
    await page.locator('absence-request-page .badge.approved').waitFor();
    await checkAxe(page, 'request details');
    for (let i = 0; i < 50 && (await unreadInBell(page)) !== unreadBefore - 1; i += 1) {
      await page.waitForTimeout(100);
    }
    assert.equal(await unreadInBell(page), unreadBefore - 1, 'opening it marked it read');

    // A push through the DevTools protocol shows a notification, and the open
    // app's bell takes in the server's new notification without a reload.
    const unreadBeforePush = await unreadInBell(page);
    await run(
      process.execPath,
      [
        '--import', 'tsx', 'server/cli/admin.ts', 'announce', 'Early dismissal Friday',
        '--district', demoDistrictSourceId, '--db', server.dbPath,
      ],
      { cwd: repoRoot },
    );
    await context.grantPermissions(['notifications'], { origin: server.origin });
    await cdp.send('ServiceWorker.deliverPushMessage', {
      origin: server.origin,
      registrationId,
      data: JSON.stringify({ id: 999, title: 'Test push', body: 'Hello', link: '/notifications' }),
    });
    let titles: string[] = [];
    for (let i = 0; i < 100 && titles.length === 0; i += 1) {
      if (i > 0) await page.waitForTimeout(100);
      titles = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.ready;
        return (await registration.getNotifications()).map((n) => n.title);
      });
    }
    assert.deepEqual(titles, ['Test push']);
    for (let i = 0; i < 100 && (await unreadInBell(page)) === unreadBeforePush; i += 1) {
      await page.waitForTimeout(100);
    }
    assert.equal(await unreadInBell(page), unreadBeforePush + 1, 'the push renewed the bell');
    assert.deepEqual(axeFindings, [], `axe found problems:\n${axeFindings.join('\n')}`);
  });

  test('with no page open, the service worker sends the outbox on its sync event', async () => {
    const page = await context.newPage();
    await page.goto(`${server.origin}/absence-requests`);
    await waitForServiceWorkerControl(page);
    const day = await nextSchoolDay(page, 1);
    const before = requestCount(day.studentId);

    await context.setOffline(true);
    await fillRequest(page, day);
    await page.locator('absence-requests-page [data-state=waiting]').waitFor();
    // A blank page gives a DevTools target; the ServiceWorker domain sees the whole context.
    const bystander = await context.newPage();
    await page.close();
    const cdp = await context.newCDPSession(bystander);
    const registrationId = await workerRegistration(cdp);

    assert.equal(requestCount(day.studentId), before, 'nothing was sent while offline');
    await context.setOffline(false);
    await cdp.send('ServiceWorker.dispatchSyncEvent', {
      origin: server.origin,
      registrationId,
      tag: 'portal-outbox',
      lastChance: false,
    });
    for (let i = 0; i < 100 && requestCount(day.studentId) === before; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(requestCount(day.studentId), before + 1, 'the worker sent it, once');
  });
});
