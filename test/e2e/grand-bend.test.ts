import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { activateThroughUi, menuLinks, settle, signInThroughUi } from './lib/app-driver.ts';
import { launchChromium } from './lib/chromium.ts';
import {
  activationKeyFromAdmin,
  attendanceDates,
  guardianWithoutAccount,
  importEdfi,
} from './lib/district-db.ts';
import { sharedData } from './lib/paths.ts';
import { startPortal, type PortalServer } from './lib/portal-server.ts';

/**
 * The Grand Bend ISD sample (Ed-Fi 5.2) imported into a fresh database: a
 * guardian activates their account in the app, signs in, and finds their
 * child's attendance of 2021-2022.
 */
const sample = path.join(sharedData, 'edfi-grand-bend');
const absent = existsSync(sample) ? false : `the Grand Bend sample is not at ${sample}`;

let dir: string;
let server: PortalServer;
let browser: Browser;

describe('Grand Bend ISD, imported', { skip: absent, timeout: 120_000 }, () => {
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'portal-e2e-grand-bend-'));
    const dbPath = path.join(dir, 'portal.db');
    const [summary, launched] = await Promise.all([importEdfi(sample, dbPath), launchChromium()]);
    browser = launched;
    assert.equal(summary.district, 'Grand Bend ISD');
    server = await startPortal({ dbPath });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a guardian activates, signs in and finds the child\'s attendance of 2021-2022', async () => {
    const guardian = guardianWithoutAccount(server.dbPath);
    assert.ok(guardian, 'a guardian of a child with attendance events');
    const dates = attendanceDates(server.dbPath, guardian.studentId);
    assert.ok(dates.length > 0, 'the child has attendance events');
    const key = await activationKeyFromAdmin(server.dbPath, guardian.sourceId);
    const account = {
      username: `e2e.${randomBytes(4).toString('hex')}`,
      password: `E2e-${randomBytes(9).toString('base64url')}-7q`,
      email: 'e2e.guardian@mail.example',
    };

    const context = await browser.newContext();
    const page = await context.newPage();
    await activateThroughUi(page, server.origin, key, account);
    await page.locator('account-menu button.toggle').click();
    await page.locator('account-menu .panel button').click();
    await page.waitForURL(/\/sign-in$/);
    await signInThroughUi(page, server.origin, account);

    // The child's pages, then Attendance from the menu.
    const studentPicker = page.locator('student-picker select');
    if ((await studentPicker.count()) > 0) {
      await studentPicker.selectOption(String(guardian.studentId));
    }
    await page.waitForURL(new RegExp(`/students/${guardian.studentId}/`));
    const attendance = (await menuLinks(page)).find((link) => link.href.endsWith('/attendance'));
    assert.ok(attendance, 'the menu has an Attendance page');
    await page.locator(`app-nav a[href="${attendance.href}"]`).click();
    await page.waitForURL((url) => url.pathname === attendance.href);
    await settle(page);

    // The 2021-2022 school year, picked in the year picker.
    const year = page.locator('school-year-picker select');
    const yearValue = await year
      .locator('option', { hasText: /2021\D+(20)?22/ })
      .getAttribute('value');
    assert.ok(yearValue, 'the year picker offers 2021-2022');
    await year.selectOption(yearValue);
    await settle(page);

    // Every day with an event is listed: its month and day as the language
    // writes them (the page may leave the year to the term's heading).
    const shown = await page.locator('attendance-page').evaluate((element, days) => {
      const text = element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      const format = new Intl.DateTimeFormat(document.documentElement.lang, {
        month: 'short',
        day: 'numeric',
        timeZone: 'UTC',
      });
      return days.filter((day) => {
        const written = format.format(new Date(`${day}T00:00:00Z`));
        // "Jan 1" must not be found inside "Jan 10".
        const escaped = written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return !new RegExp(`${escaped}(?!\\d)`).test(text);
      });
    }, dates);
    // Only counts in the message: the sample's records stay out of test output.
    assert.equal(shown.length, 0, `${shown.length} of ${dates.length} attendance days are not on the page`);
    await context.close();
  });
});
