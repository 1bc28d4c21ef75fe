import type { Page } from 'playwright-core';

/**
 * Steps in the app for the benchmark. Page-side code is written as
 * expressions in strings: this file is type-checked as Node code, without
 * the DOM's types.
 */

export interface Credentials {
  username: string;
  password: string;
}

/** True once Today shows its sections (not the loading or not-synced state). */
export const todayHasData = `(() => {
  const today = document.querySelector('app-shell')?.shadowRoot?.querySelector('today-page');
  return !!today?.shadowRoot?.querySelector('.grid .schedule');
})()`;

/**
 * performance.now() (milliseconds since the navigation started) at the
 * first animation frame in which Today's schedule shows data: its list of
 * classes or the empty state that says why there are none today.
 */
export const todayScheduleRenderedAt = `(() => {
  const today = document.querySelector('app-shell')?.shadowRoot?.querySelector('today-page');
  const schedule = today?.shadowRoot?.querySelector('.grid .schedule');
  return schedule?.querySelector('li, empty-state') ? performance.now() : false;
})()`;

export async function signIn(page: Page, origin: string, who: Credentials): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(who.username);
  await page.locator('sign-in-page #password').fill(who.password);
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/today$/, { timeout: 30_000 });
  await page.waitForFunction(todayHasData, undefined, { timeout: 30_000 });
}

/** The worker claims no open page: it controls the page from the next load on. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await page.reload();
  await page.waitForFunction('!!navigator.serviceWorker.controller', undefined, { timeout: 30_000 });
  await page.waitForFunction(todayHasData, undefined, { timeout: 30_000 });
}
