import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { chromeFlags, chromePath } from '../../test/e2e/lib/chromium.ts';
import { freePort } from '../../test/e2e/lib/portal-server.ts';
import { signIn, type Credentials } from './page-steps.ts';

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: Record<string, string>;
  /** Audits that cost points, with their display value, for the report. */
  shortfalls: string[];
}

const metricIds = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/**
 * Lighthouse (mobile, the default config: simulated slow 4G and 4x CPU) on
 * Today for a signed-in demo guardian. Chromium runs with a profile in
 * which the guardian signed in through the app, so Lighthouse loads Today
 * with the session cookie and the device's saved data; Lighthouse itself
 * empties the HTTP cache and removes the service worker first.
 * `saveReportTo` writes Lighthouse's JSON report there.
 */
export async function runLighthouse(
  origin: string,
  who: Credentials,
  options: { saveReportTo?: string } = {},
): Promise<LighthouseFigures> {
  const profile = await mkdtemp(path.join(tmpdir(), 'portal-bench-profile-'));
  const port = await freePort();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromePath(),
    headless: true,
    args: [...chromeFlags, `--remote-debugging-port=${port}`],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await signIn(page, origin, who);
    const url = page.url();
    await page.goto('about:blank');

    const result = await lighthouse(url, {
      port,
      hostname: '127.0.0.1',
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('Lighthouse returned no result');
    const { lhr } = result;
    // The whole report (long tasks, bootup time, request chains) for a closer look.
    if (options.saveReportTo) await writeFile(options.saveReportTo, JSON.stringify(lhr));
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const metrics: Record<string, string> = {};
    for (const id of metricIds) metrics[id] = lhr.audits[id]?.displayValue ?? '?';

    const shortfalls: string[] = [];
    for (const category of Object.values(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        const shown = audit.displayValue ? ` (${audit.displayValue})` : '';
        shortfalls.push(`${category.id}: ${audit.id} ${Math.round(audit.score * 100)}${shown}`);
      }
    }
    return {
      url: lhr.finalDisplayedUrl,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      metrics,
      shortfalls,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
