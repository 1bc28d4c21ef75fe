import { mkdir } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';

/**
 * Screenshots of the running app in every language, phone and desktop, for
 * a person to look at. Usage: tsx scripts/screenshots.ts <base-url> <out-dir>
 * with PORTAL_USER and PORTAL_PASSWORD set (the demo district's sign-in).
 */
const [base = 'http://127.0.0.1:18110', out = '/tmp/shots'] = process.argv.slice(2);
const username = process.env.PORTAL_USER ?? '';
const password = process.env.PORTAL_PASSWORD ?? '';
const languages = ['en', 'es', 'zh-Hans', 'zh-Hant'];
const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 900 },
};

await mkdir(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
});

async function shoot(page: Page, name: string) {
  await page.waitForTimeout(600);
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  console.log(`${out}/${name}.png`);
}

try {
  for (const [device, viewport] of Object.entries(viewports)) {
    for (const language of languages) {
      const context = await browser.newContext({ viewport, locale: language });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      await page.addInitScript((lng) => localStorage.setItem('portal.language', lng), language);

      await page.goto(`${base}/sign-in`);
      await page.locator('sign-in-page').waitFor();
      await shoot(page, `${device}-${language}-sign-in`);

      await page.goto(`${base}/activate`);
      await page.locator('activate-page #activationKey').waitFor();
      await shoot(page, `${device}-${language}-activate`);

      await page.goto(`${base}/sign-in`);
      await page.locator('sign-in-page #username').fill(username);
      await page.locator('sign-in-page #password').fill(password);
      await page.locator('sign-in-page button[type=submit]').click();
      await page.locator('today-page h1').waitFor();
      await page.locator('today-page .grid').waitFor({ timeout: 20_000 });
      await shoot(page, `${device}-${language}-today`);

      // The second student (a secondary schedule with scores), and the menu on a phone.
      await page.locator('student-picker select').selectOption({ index: 1 });
      await page.locator('today-page .grid').waitFor();
      await shoot(page, `${device}-${language}-today-2`);
      if (device === 'phone') {
        await page.locator('app-toolbar .menu-button').click();
        await shoot(page, `${device}-${language}-menu`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
}
