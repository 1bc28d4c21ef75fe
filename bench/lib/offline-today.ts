import type { Browser } from 'playwright-core';
import { signIn, waitForServiceWorker, type Credentials } from './page-steps.ts';

/**
 * Records, in every document of the context, performance.now() at the
 * first animation frame in which Today's schedule shows data (its classes,
 * or the empty state saying why there are none). performance.now() counts
 * from the navigation's start.
 */
const recordTodayShown = `(() => {
  const look = () => {
    const today = document.querySelector('app-shell')?.shadowRoot?.querySelector('today-page');
    const schedule = today?.shadowRoot?.querySelector('.grid .schedule');
    if (schedule?.querySelector('li, empty-state')) {
      window.__todayShownAt = performance.now();
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

/**
 * Warm start without network: after an online visit (service worker in
 * control, data in IndexedDB), the network is cut, the CPU slowed 4x, and
 * Today is opened `runs` times after one unmeasured warm-up; milliseconds
 * from navigation start to Today's schedule with data, per run.
 */
export async function warmOfflineToday(
  browser: Browser,
  origin: string,
  who: Credentials,
  runs = 5,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(recordTodayShown);
  const page = await context.newPage();
  await signIn(page, origin, who);
  await waitForServiceWorker(page);
  const url = page.url();

  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const times: number[] = [];
  for (let run = 0; run <= runs; run += 1) {
    await page.goto(url, { waitUntil: 'commit' });
    const shownAt = await page.waitForFunction('window.__todayShownAt', undefined, {
      timeout: 30_000,
    });
    const ms = Number(await shownAt.jsonValue());
    if (run > 0) times.push(ms);
  }
  await context.close();
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
