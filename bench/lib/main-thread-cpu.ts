import type { Browser, Page } from 'playwright-core';
import { openToday, todayShownMark } from './today-shown.ts';

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/**
 * CPU time of the page's main thread from navigation start to the moment
 * Today shows its schedule (see today-shown.ts),
 * from a Chromium trace: thread time of its top-level tasks. Unlike wall
 * time, it hardly changes when other programs keep the machine busy, and
 * 4x CPU slowdown multiplies it by about 4.
 */
export async function mainThreadCpu(browser: Browser, page: Page, url: string): Promise<number> {
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
  });
  await openToday(page, url);
  const trace = JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] };
  const events = trace.traceEvents;
  const threadNames = new Map<string, string>();
  for (const event of events) {
    if (event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '');
  }
  const start = events.find((event) => event.name === 'navigationStart')?.ts ?? 0;
  const end = events.find((event) => event.name === todayShownMark)?.ts ?? Number.POSITIVE_INFINITY;
  let cpu = 0;
  for (const event of events) {
    if (event.ph !== 'X' || event.name !== 'RunTask' || event.ts < start || event.ts > end) continue;
    if (threadNames.get(`${event.pid}:${event.tid}`) !== 'CrRendererMain') continue;
    cpu += (event.tdur ?? 0) / 1000;
  }
  return cpu;
}
