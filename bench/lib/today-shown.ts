import type { Page } from 'playwright-core';

/**
 * Records, in every document of the context, performance.now() at the
 * first animation frame in which Today's schedule shows data (its classes,
 * or the empty state saying why there are none). performance.now() counts
 * from the navigation's start. It says so on the console (and in a
 * performance mark for traces) rather than being polled with
 * page.waitForFunction: that would evaluate Playwright's injected script
 * (about 180 ms of main thread at 4x slowdown) in the middle of the load
 * being measured, which no guardian's browser does.
 */
const todayShownMessage = 'portal-bench:today-shown';
/** The performance mark's name, for traces. */
export const todayShownMark = todayShownMessage;
export const recordTodayShown = `(() => {
  const look = () => {
    const today = document.querySelector('app-shell')?.shadowRoot?.querySelector('today-page');
    const schedule = today?.shadowRoot?.querySelector('.grid .schedule');
    if (schedule?.querySelector('li, empty-state')) {
      const at = performance.now();
      performance.mark('${todayShownMessage}');
      console.debug('${todayShownMessage} ' + at);
      return;
    }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;

/** Opens `url` and resolves with the time Today showed its data (ms from navigation start). */
export async function openToday(page: Page, url: string): Promise<number> {
  const shown = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(todayShownMessage),
    timeout: 30_000,
  });
  await page.goto(url, { waitUntil: 'commit' });
  return Number((await shown).text().slice(todayShownMessage.length + 1));
}
