/**
 * `npm run screenshots`: takes the README's screenshots in the real browser (headless
 * Chromium with the built extension, a first-time reader): a report page highlighted, with
 * the legend along its foot and the popup beside it; the popup's list in light and dark; an
 * item's detail; a figure's hover card; a French story with the popup in French. Writes PNGs to
 * assets/screenshots/. Run after a build.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTarget } from './support/browsers';
import { tabIdOf } from './support/control';
import { launchWithExtension, openPopup } from './support/launch';
import { waitForMentions } from './support/mentions';
import { serveFixtures } from './support/server';
import { openControl } from './support/control';

const OUT = path.resolve('assets/screenshots');
const report = reportTexts().find((r) => r.file.startsWith('002'))!;
const chromium = browserTarget('chromium');

const server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
  '/post-news.html': () => reportPage(report.text),
});
const ext = await launchWithExtension(chromium, { legend: true });
const written: string[] = [];
const save = (file: string, png: Uint8Array) => {
  writeFileSync(path.join(OUT, file), png);
  written.push(file);
};

async function popupShot(
  tabId: number,
  scheme: 'light' | 'dark',
  file: string,
  item?: string,
): Promise<Buffer> {
  const popup: Page = await openPopup(ext, tabId);
  await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await popup.waitForSelector('#on-this-page');
  if (item) {
    await popup.click(`[data-item-id="${item}"] button`);
    await popup.waitForSelector('.item-detail');
  }
  const shot = Buffer.from(await popup.screenshot({ type: 'png' }));
  save(file, shot);
  await popup.close();
  return shot;
}

/** The viewport's first painted range of highlight `name`: its centre. */
function firstRangeCentre(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((name) => {
    const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Set<Range>> } }).CSS
      .highlights;
    for (const range of registry.get(name) ?? []) {
      const box = range.getClientRects()[0];
      if (box && box.top > 0 && box.bottom < innerHeight / 2) {
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    throw new Error(`no ${name} highlight in the top half of the view`);
  }, name);
}

try {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 900, height: 600 });
  const url = server.url('/post-news.html');
  await page.goto(url);
  await waitForMentions(page, 20);
  await page.waitForFunction(() => document.querySelector('summit-lens-legend'));
  await page.evaluate(() => document.querySelector('article p:nth-of-type(3)')?.scrollIntoView());
  const tabId = await tabIdOf(ext, url);
  await page.bringToFront();
  const pageShot = Buffer.from(await page.screenshot({ type: 'png' }));
  const popup = await popupShot(tabId, 'light', 'popup-light.png');
  await popupShot(tabId, 'dark', 'popup-dark.png');
  await popupShot(tabId, 'light', 'popup-detail.png', 'countries-committed');

  // A figure's card, hovered, in the page.
  await page.bringToFront();
  await page.evaluate(() => {
    const figure = [...document.querySelectorAll('article p')].find((p) =>
      /\b26\b|twenty-six/i.test(p.textContent ?? ''),
    );
    figure?.scrollIntoView({ block: 'start' });
  });
  const listed = await openControl(ext).then(async (control) => {
    const all = await control.highlights(tabId);
    await control.close();
    return all;
  });
  const figure = listed.find((each) => each.kind === 'figure' && each.status === 'agrees');
  const at = await firstRangeCentre(page, figure!.highlight!);
  // As a reader's pointer arrives: a few moves onto the figure.
  await page.mouse.move(at.x - 40, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 5 });
  await page.waitForFunction(
    () => {
      const card = document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card');
      return card && !card.textContent!.includes('Looking it up');
    },
    { timeout: 5_000 },
  );
  save('card.png', await page.screenshot({ type: 'png' }));

  // Page and popup side by side, as a reader sees them with the popup open.
  const compose = await ext.browser.newPage();
  await compose.setViewport({ width: 1320, height: 620 });
  const img = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await compose.setContent(`<body style="margin:0;background:#d8dde3;display:flex;gap:10px;padding:10px">
    <img src="${img(pageShot)}" style="box-shadow:0 1px 4px #0004">
    <img src="${img(popup)}" style="box-shadow:0 2px 10px #0006;align-self:flex-start"></body>`);
  await compose.waitForFunction(() => [...document.images].every((i) => i.complete));
  save('page-with-popup.png', await compose.screenshot({ type: 'png' }));

  // A French story in a browser set to French, with its popup.
  const french = await launchWithExtension(chromium, { locale: 'fr' });
  try {
    const corpus = await serveFixtures(path.resolve('tests/corpus/pages'));
    const frUrl = corpus.url('/fr-afp-depeche-sep04.html');
    const frPage = await french.browser.newPage();
    await frPage.setViewport({ width: 900, height: 600 });
    await frPage.goto(frUrl);
    await waitForMentions(frPage, 10);
    await frPage.evaluate(() => document.querySelector('h1')?.scrollIntoView());
    await frPage.bringToFront();
    const frShot = Buffer.from(await frPage.screenshot({ type: 'png' }));
    const frPopup = await openPopup(french, await tabIdOf(french, frUrl));
    await frPopup.waitForSelector('#on-this-page');
    const frPopupShot = Buffer.from(await frPopup.screenshot({ type: 'png' }));
    const side = await french.browser.newPage();
    await side.setViewport({ width: 1320, height: 620 });
    await side.setContent(`<body style="margin:0;background:#d8dde3;display:flex;gap:10px;padding:10px">
      <img src="${img(frShot)}" style="box-shadow:0 1px 4px #0004">
      <img src="${img(frPopupShot)}" style="box-shadow:0 2px 10px #0006;align-self:flex-start"></body>`);
    await side.waitForFunction(() => [...document.images].every((i) => i.complete));
    save('page-with-popup-fr.png', await side.screenshot({ type: 'png' }));
    await corpus.close();
  } finally {
    await french.close();
  }
  console.log(`wrote ${written.join(', ')} to ${OUT}`);
} finally {
  await ext.close();
  await server.close();
}
