import 'axe-core/axe.min.js';
import { expect } from '@esm-bundle/chai';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown }[] }[];
}

declare global {
  interface Window {
    axe: { run: (context: Element, options?: object) => Promise<AxeResults> };
  }
}

/** Fails with the rules axe-core finds broken (WCAG A and AA) in `element`. */
export async function expectAccessible(element: Element): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
  });
  const problems = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
  );
  expect(problems).to.deep.equal([]);
}
