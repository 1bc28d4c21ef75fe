import type { Page } from 'playwright-core';

/** A demo or test sign-in. */
export interface Credentials {
  username: string;
  password: string;
}

/** An entry of the app's menu as the guardian sees it. */
export interface MenuLink {
  href: string;
  label: string;
}

/**
 * What a page shows, counted through its shadow roots: list and table rows
 * (its data), empty states and error messages. Offline, a page must show
 * the same as it did online.
 */
export interface PageSignature {
  /** The page element's tag (`today-page`), or null when the shell shows no page. */
  tag: string | null;
  items: number;
  emptyStates: number;
  errors: number;
  /** Loading notes still shown (`.loading[role=status]`, the pages' convention). */
  loading: number;
  /** Shell-level problems: not found, no students, a chunk that failed to load. */
  shellProblems: number;
}

/** Signs in through the sign-in form and waits for the student's first page. */
export async function signInThroughUi(page: Page, origin: string, who: Credentials): Promise<void> {
  await page.goto(`${origin}/sign-in`);
  await page.locator('sign-in-page #username').fill(who.username);
  await page.locator('sign-in-page #password').fill(who.password);
  await page.locator('sign-in-page button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 20_000 });
  await settle(page);
}

/** The menu's links, in the order the app shows them. */
export async function menuLinks(page: Page): Promise<MenuLink[]> {
  await page.locator('app-nav a').first().waitFor({ state: 'attached' });
  return page.locator('app-nav a').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href') ?? '', label: a.textContent?.trim() ?? '' })),
  );
}

/** Counts what the shell's current page shows (see PageSignature). */
export function pageSignature(page: Page): Promise<PageSignature> {
  // No named functions inside page callbacks: tsx would wrap them in a
  // `__name` helper that does not exist in the page.
  return page.evaluate(() => {
    const main = document.querySelector('app-shell')?.shadowRoot?.querySelector('main');
    const pageElement = main
      ? [...main.children].find((child) => child.localName.endsWith('-page'))
      : undefined;
    const shellProblems = main
      ? [...main.children].filter((c) => c.localName === 'empty-state' || c.localName === 'error-message')
          .length
      : 0;
    const counts = { items: 0, emptyStates: 0, errors: 0, loading: 0 };
    const roots: ParentNode[] = pageElement?.shadowRoot ? [pageElement.shadowRoot] : [];
    for (let root = roots.pop(); root; root = roots.pop()) {
      counts.items += root.querySelectorAll('li, tr, [role=row], [role=listitem]').length;
      counts.emptyStates += root.querySelectorAll('empty-state').length;
      counts.errors += root.querySelectorAll('error-message').length;
      counts.loading += root.querySelectorAll('.loading[role=status]').length;
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) roots.push(element.shadowRoot);
      }
    }
    return { tag: pageElement?.localName ?? null, ...counts, shellProblems };
  });
}

/**
 * Waits until the shell shows a page, the sync has finished (on student
 * pages, the student bar says it is not syncing), the page shows no loading
 * note, and what it shows has stopped changing between three looks a tenth
 * of a second apart.
 */
export async function settle(page: Page): Promise<PageSignature> {
  await page.waitForFunction(() => {
    const main = document.querySelector('app-shell')?.shadowRoot?.querySelector('main');
    if (!main) return false;
    const pageElement = [...main.children].find((child) => child.localName.endsWith('-page'));
    const problem = [...main.children].some(
      (c) => c.localName === 'empty-state' || c.localName === 'error-message',
    );
    if (problem) return true;
    if (!pageElement?.shadowRoot || pageElement.shadowRoot.childElementCount === 0) return false;
    // Student pages: the student bar says whether a sync is running.
    const bar = main.querySelector('student-bar');
    if (bar && 'syncing' in bar) return bar.syncing === false;
    const refresh = bar?.shadowRoot?.querySelector('button[disabled]');
    return !refresh;
  }, undefined, { timeout: 20_000 });

  // Then no loading note, and the same counts three looks in a row.
  let previous = '';
  let same = 0;
  for (let look = 0; look < 200 && same < 2; look += 1) {
    if (look > 0) await page.waitForTimeout(100);
    const signature = await pageSignature(page);
    const now = JSON.stringify(signature);
    same = now === previous && signature.loading === 0 ? same + 1 : 0;
    previous = now;
  }
  const shown = JSON.parse(previous) as PageSignature;
  if (shown.loading > 0) throw new Error(`${page.url()} still shows its loading note after 20 s`);
  return shown;
}

/** Waits until the service worker controls the page: the worker claims no clients, so a reload. */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
  if (!controlled) await page.reload();
  await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, {
    timeout: 20_000,
  });
  await settle(page);
}

/** Picks a language in the toolbar's picker and waits for <html lang>. */
export async function switchLanguage(page: Page, language: string): Promise<void> {
  // As a person would: the picker lists every language once reached for.
  const picker = page.locator('language-picker select');
  await picker.focus();
  await picker.selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Today has its data when its grid of sections is shown (not the loading or not-synced state). */
export async function waitForTodayData(page: Page): Promise<void> {
  await page.locator('today-page .grid').waitFor({ timeout: 20_000 });
}

/** A new account for a guardian: the three steps of the activation form. */
export async function activateThroughUi(
  page: Page,
  origin: string,
  activationKey: string,
  account: Credentials & { email: string },
): Promise<void> {
  await page.goto(`${origin}/activate`);
  const form = page.locator('activate-page form');
  await form.locator('#activationKey').fill(activationKey);
  await form.locator('button[type=submit]').click();
  await form.locator('#username').fill(account.username);
  await form.locator('#password').fill(account.password);
  await form.locator('button[type=submit]').click();
  await form.locator('#email').fill(account.email);
  await form.locator('#passwordAgain').fill(account.password);
  await form.locator('button[type=submit]').click();
  await page.waitForURL(/\/students\/\d+\/[a-z-]+$/, { timeout: 20_000 });
  await settle(page);
}
