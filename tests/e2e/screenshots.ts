/**
 * `npm run screenshots`: takes the README's screenshots in the real browser (headless
 * Chromium with the built extension): a report page highlighted with the popup beside it,
 * and the popup in light and dark. Writes PNGs to assets/screenshots/. Run after a build.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTargets } from './support/browsers';
import { launchWithExtension, openPopup, tabIdOf } from './support/launch';
import { waitForMentions } from './support/mentions';
import { serveFixtures } from './support/server';

const OUT = path.resolve('assets/screenshots');
const report = reportTexts().find((r) => r.file.startsWith('002'))!;
const chromium = browserTargets().find((t) => t.name === 'chromium')!;

const server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
  '/post-news.html': () => reportPage(report.text),
});
const ext = await launchWithExtension(chromium);

async function popupShot(tabId: number, scheme: 'light' | 'dark', file: string): Promise<Buffer> {
  const popup: Page = await openPopup(ext, tabId);
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await popup.waitForSelector('#on-this-page');
  const shot = Buffer.from(await popup.screenshot({ type: 'png' }));
  writeFileSync(path.join(OUT, file), shot);
  await popup.close();
  return shot;
}

try {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 900, height: 600 });
  const url = server.url('/post-news.html');
  await page.goto(url);
  await waitForMentions(page, 20);
  await page.evaluate(() => document.querySelector('article p:nth-of-type(3)')?.scrollIntoView());
  const tabId = await tabIdOf(ext, url);
  const pageShot = Buffer.from(await page.screenshot({ type: 'png' }));
  const popup = await popupShot(tabId, 'light', 'popup-light.png');
  await popupShot(tabId, 'dark', 'popup-dark.png');

  // Page and popup side by side, as a reader sees them with the popup open.
  const compose = await ext.browser.newPage();
  await compose.setViewport({ width: 1320, height: 620 });
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await compose.setContent(`<body style="margin:0;background:#d8dde3;display:flex;gap:10px;padding:10px">
    <img src="${img(pageShot)}" style="box-shadow:0 1px 4px #0004">
    <img src="${img(popup)}" style="box-shadow:0 2px 10px #0006;align-self:flex-start"></body>`);
  await compose.waitForFunction(() => [...document.images].every((i) => i.complete));
  writeFileSync(path.join(OUT, 'page-with-popup.png'), await compose.screenshot({ type: 'png' }));
  console.log(`wrote page-with-popup.png, popup-light.png, popup-dark.png to ${OUT}`);
} finally {
  await ext.close();
  await server.close();
}
