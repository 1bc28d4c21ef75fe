import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

/**
 * Draws the app's PNG icons from the SVGs in public/icons with the local
 * Chromium. Run again after changing an SVG, and commit the PNGs.
 */
const icons = [
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-192.png', size: 192 },
  { svg: 'public/icons/icon.svg', png: 'public/icons/icon-512.png', size: 512 },
  { svg: 'public/icons/maskable.svg', png: 'public/icons/maskable-512.png', size: 512 },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const svg = await readFile(icon.svg, 'utf8');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg.replace(
        '<svg ',
        `<svg width="${icon.size}" height="${icon.size}" `,
      )}`,
    );
    await page.screenshot({ path: icon.png, omitBackground: true });
    await page.close();
    console.log(`${icon.png} (${icon.size}px)`);
  }
} finally {
  await browser.close();
}
