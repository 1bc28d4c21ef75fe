import path from 'node:path';
import type { Page } from 'playwright-core';
import { repoRoot } from './paths.ts';

const axeScript = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');

/** One broken rule on one page, in words a failure message can show. */
export interface AxeProblem {
  rule: string;
  help: string;
  targets: string[];
}

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * Runs axe-core on the whole document, through the shadow roots, with the
 * WCAG 2.x A and AA rules and axe's best practices.
 */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.addScriptTag({ path: axeScript });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<unknown> } })
      .axe;
    return axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
  });
  return (results as AxeResults).violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => JSON.stringify(node.target)),
  }));
}
