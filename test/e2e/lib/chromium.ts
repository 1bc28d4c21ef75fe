import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** The flags that keep Chromium quiet on a closed network (see TOOLCHAIN.md). */
export const chromeFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** The system's Chromium: CHROME_PATH, else the usual places. Never a downloaded one. */
export function chromePath(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, or install it (apt-get install chromium)',
    );
  }
  return found;
}

/** A headless Chromium; each test opens its own fresh context in it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), headless: true, args: chromeFlags });
}
