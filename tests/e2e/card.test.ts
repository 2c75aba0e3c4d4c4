import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemCard } from '../../src/dataset/item-card';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { realDataset } from '../unit/dataset/real-dataset';
import { browserTargets } from './support/browsers';
import { gotoExtensionPage, launchWithExtension, type ExtensionBrowser } from './support/launch';
import { waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

const { dataset } = await realDataset();
const routes = Object.fromEntries(
  reportTexts().map((r, i) => [`/report-${i}.html`, () => reportPage(r.text)]),
);

/** The open card's text, or null when no card is shown. */
function cardText(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card')?.textContent ??
      null,
  );
}

/** Waits until a card is shown whose text passes `test` (any card when none is given). */
/** The open card's lines (its paragraphs and list items), in order, their text trimmed. */
function cardLines(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...(document
        .querySelector('summit-lens-card')
        ?.shadowRoot?.querySelectorAll('.card p, .card li') ?? []),
    ].map((line) => {
      // What the reader is told: a legend sample (aria-hidden) is the look, not words.
      const told = line.cloneNode(true) as Element;
      told.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return told.textContent!.replace(/\s+/g, ' ').trim();
    }),
  );
}

async function waitForCard(page: Page, contains = ''): Promise<string> {
  await page.waitForFunction(
    (wanted) =>
      (
        document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card')
          ?.textContent ?? '\u0000'
      ).includes(wanted) &&
      !document
        .querySelector('summit-lens-card')!
        .shadowRoot!.querySelector('.card')!
        .textContent!.includes('Looking it up'),
    { timeout: 5_000 },
    contains,
  );
  return (await cardText(page))!;
}

/** The id of the focused element (its data-summit-id), or what has focus inside the card. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (active?.tagName === 'SUMMIT-LENS-CARD') {
      return `card:${active.shadowRoot?.activeElement?.textContent ?? ''}`;
    }
    return active?.getAttribute('data-summit-id') ?? active?.tagName ?? '';
  });
}

describe.each(browserTargets())('the hover card in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), routes);
    ext = await launchWithExtension(target, { wrapped: true });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('opens on focus with the name and report count; Tab enters it, Escape closes it', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/report-0.html'));
    await waitForMentions(page, 20);
    expect(await page.$('summit-lens-card')).toBeNull();
    const first = 'mark[data-summit-id][tabindex="0"]';
    const id = await page.$eval(first, (mark) => mark.getAttribute('data-summit-id')!);
    const expected = itemCard(dataset, id)!;
    await page.focus(first);
    const text = await waitForCard(page, expected.name);
    expect(text).toContain(`in ${expected.reportCount} of 5 reports`);
    if (target.name === 'chromium') await page.screenshot({ path: '/tmp/card-report.png' });

    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('card:What each report says →');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await focused(page)).toBe(id);
    expect(await cardText(page)).toContain(expected.name);

    await page.keyboard.press('Escape');
    expect(await cardText(page)).toBeNull();
    expect(await focused(page)).toBe(id);
    await page.close();
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    await page.hover('mark[data-summit-id="volodymyr-zelensky"]');
    await waitForCard(page, 'Volodymyr Zelensky');
    expect(await cardText(page)).toContain('in 5 of 5 reports');
    await page.mouse.move(1, 1);
    await page.waitForFunction(
      () => !document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card'),
      { timeout: 5_000 },
    );
    await page.close();
  });

  it('leads a card for "31 countries" with both values, then what the reports give', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    await page.focus('mark[data-summit-value="31"][tabindex="0"]');
    await waitForCard(page, 'Differs from the reports');
    const lines = await cardLines(page);
    expect(lines.slice(0, 4)).toEqual([
      'Figure',
      'countries committed to the reassurance force',
      'This page: 31 · the reports: 26, in 5 of 5',
      'Differs from the reports',
    ]);
    expect(lines).toContain(
      'more than 24 in 3 of 5: AFP, 4 September report, Islamabad/Paris report',
    );
    if (target.name === 'chromium') await page.screenshot({ path: '/tmp/card-disputed.png' });
    await page.close();
  });

  it('never covers the words it describes, even when taller than the room below them', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 260 });
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    const mark = 'mark[data-summit-value="31"][tabindex="0"]';
    await page.focus(mark);
    await waitForCard(page, 'Differs from the reports');
    const boxes = await page.evaluate((selector) => {
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom };
      };
      const card = document.querySelector('summit-lens-card')!.shadowRoot!.querySelector('.card')!;
      return {
        mark: box(document.querySelector(selector)!),
        card: box(card),
        scrolls: card.scrollHeight > card.clientHeight,
        height: innerHeight,
      };
    }, mark);
    expect(boxes.card.top >= boxes.mark.bottom || boxes.card.bottom <= boxes.mark.top).toBe(true);
    expect(boxes.card.bottom).toBeLessThanOrEqual(boxes.height);
    expect(boxes.scrolls).toBe(true);
    await page.close();
  });

  it('can be read whole at 200% zoom, and Enter on its highlight takes focus to its button', async () => {
    const page = await ext.browser.newPage();
    // A 1280×900 window at 200%: 640×450 CSS pixels, two device pixels each.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    await page.focus('mark[data-summit-value="31"][tabindex="0"]');
    await waitForCard(page, 'Differs from the reports');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('card:What each report says →');
    const seen = await page.evaluate(() => {
      const root = document.querySelector('summit-lens-card')!.shadowRoot!;
      const box = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
      };
      return {
        card: box(root.querySelector('.card')!),
        button: box(root.querySelector('button')!),
        view: { width: innerWidth, height: innerHeight },
      };
    });
    for (const part of [seen.card, seen.button]) {
      expect(part.left).toBeGreaterThanOrEqual(0);
      expect(part.right).toBeLessThanOrEqual(seen.view.width);
      expect(part.top).toBeGreaterThanOrEqual(0);
      expect(part.bottom).toBeLessThanOrEqual(seen.view.height);
    }
    // The focused button is inside the card's own scrolled box, not cut off by it.
    expect(seen.button.top).toBeGreaterThanOrEqual(seen.card.top);
    expect(seen.button.bottom).toBeLessThanOrEqual(seen.card.bottom);
    await page.close();
  });

  it('opens the popup on the item’s detail from the card’s button, by keyboard', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    // Opened first: a page opened later would take the focus and close the toolbar popup.
    const control = await ext.browser.newPage();
    await gotoExtensionPage(control, ext.extensionUrl('popup.html?tabId=-1'));
    await page.bringToFront();
    await page.focus('mark[data-summit-id="volodymyr-zelensky"]');
    await waitForCard(page, 'What each report says');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await cardText(page)).toBeNull();
    // The toolbar popup where the browser opens it, else the popup page in a window of its
    // own: either way a popup view other than the control page, showing the item's detail.
    const opened = await control.waitForFunction(
      () => {
        type Api = { extension: { getViews(filter?: object): Window[] } };
        const scope = globalThis as { browser?: Api; chrome?: Api };
        const views = (scope.browser ?? scope.chrome)!.extension.getViews();
        // Control pages show no tab (tabId=-1); the popup is the other popup.html view.
        const popup = views.find(
          (view) =>
            view.location.pathname.endsWith('/popup.html') &&
            !view.location.search.includes('tabId=-1'),
        );
        return popup?.document.querySelector('#detail-name')?.textContent ?? false;
      },
      { timeout: 10_000, polling: 200 },
    );
    expect(await opened.jsonValue()).toBe('Volodymyr Zelensky');
    await control.close();
    await page.close();
  });

  it('keeps the page’s styles out of the card', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/aggressive-css.html'));
    await waitForMentions(page);
    await page.focus('mark[data-summit-id="volodymyr-zelensky"]');
    await waitForCard(page, 'Volodymyr Zelensky');
    const styles = await page.evaluate(() => {
      const root = document.querySelector('summit-lens-card')!.shadowRoot!;
      const style = (selector: string) => {
        const s = getComputedStyle(root.querySelector(selector)!);
        return { color: s.color, fontSize: s.fontSize, textTransform: s.textTransform };
      };
      return { card: style('.card'), name: style('.name'), button: style('button') };
    });
    for (const style of Object.values(styles)) {
      expect(style.color).not.toBe('rgb(255, 0, 0)');
      expect(style.textTransform).toBe('none');
    }
    expect(styles.card.fontSize).toBe('14px');
    expect(styles.name.fontSize).toBe('16px');
    // And none of the card's leaks out: the page keeps its own (awful) styles.
    const pageColor = await page.$eval('h1', (h1) => getComputedStyle(h1).color);
    expect(pageColor).toBe('rgb(255, 0, 0)');
    if (target.name === 'chromium') {
      await page.screenshot({ path: '/tmp/card-aggressive.png' });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await page.screenshot({ path: '/tmp/card-dark.png' });
    }
    await page.close();
  });
});
