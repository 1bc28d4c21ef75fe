/**
 * Live queries still waiting for their first answer. The shell waits for
 * the first screen's queries before it starts what that screen does not
 * need (the sync worker, the toolbar's extras), so that work does not
 * delay the data a guardian opened the app for.
 */
const pending = new Set<object>();
let waiting: (() => void)[] = [];

export function queryStarted(query: object): void {
  pending.add(query);
}

/** The query answered (or failed, or was dropped). */
export function queryAnswered(query: object): void {
  if (!pending.delete(query) || pending.size > 0) return;
  const resolve = waiting;
  waiting = [];
  for (const done of resolve) done();
}

/** Resolves once no live query waits for its first answer (at once when none does). */
export function queriesAnswered(): Promise<void> {
  if (pending.size === 0) return Promise.resolve();
  return new Promise((resolve) => waiting.push(resolve));
}
