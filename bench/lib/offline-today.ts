import type { Browser } from 'playwright-core';
import { mainThreadCpu } from './main-thread-cpu.ts';
import { openToday, recordTodayShown } from './today-shown.ts';
import { signIn, waitForServiceWorker, type Credentials } from './page-steps.ts';

/**
 * Warm start without network: after an online visit (service worker in
 * control, data in IndexedDB), the network is cut, the CPU slowed (4x by
 * default), and Today is opened `runs` times after one unmeasured warm-up.
 */
export interface OfflineRun {
  /** Navigation start → Today's schedule with data. */
  shown: number;
  /** Milestones of the same load, ms from navigation start. */
  milestones: Record<string, number>;
}

/** Where the time went: the document, the entry script, DOMContentLoaded, the page's chunk. */
const milestonesOfLoad = String.raw`(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const chunk = (pattern) => performance.getEntriesByType('resource')
    .find((entry) => pattern.test(entry.name));
  const entry = chunk(/\/assets\/index-[^/]*\.js$/);
  const today = chunk(/\/assets\/today-page-[^/]*\.js$/);
  return {
    document: Math.round(nav ? nav.responseEnd : 0),
    'entry script': Math.round(entry ? entry.responseEnd : 0),
    DOMContentLoaded: Math.round(nav ? nav.domContentLoadedEventEnd : 0),
    "Today's chunk": Math.round(today ? today.responseEnd : 0),
  };
})()`;

export async function warmOfflineToday(
  browser: Browser,
  origin: string,
  who: Credentials,
  options: { runs?: number; cpuSlowdown?: number } = {},
): Promise<{ runs: OfflineRun[]; mainThreadCpuMs: number }> {
  const runs = options.runs ?? 5;
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  await context.addInitScript(recordTodayShown);
  const page = await context.newPage();
  await signIn(page, origin, who);
  await waitForServiceWorker(page);
  const url = page.url();

  const cdp = await context.newCDPSession(page);
  await context.setOffline(true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpuSlowdown ?? 4 });
  const results: OfflineRun[] = [];
  for (let run = 0; run <= runs; run += 1) {
    const shown = await openToday(page, url);
    const milestones = (await page.evaluate(milestonesOfLoad)) as Record<string, number>;
    if (run > 0) results.push({ shown, milestones });
  }
  const mainThreadCpuMs = await mainThreadCpu(browser, page, url);
  await context.close();
  return { runs: results, mainThreadCpuMs };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
