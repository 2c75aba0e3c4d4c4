import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTargets } from './support/browsers';
import { EMPHASIS_CLASS } from '@/src/style/mark-classes';
import { tabIdOf } from './support/control';
import {
  gotoExtensionPage,
  launchWithExtension,
  openPopup,
  type ExtensionBrowser,
} from './support/launch';
import { controlFor, domNowAndAsServed, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

const postNews = reportTexts().find((r) => r.file.startsWith('002'))!;

/** The popup's "On this page" rows as name -> count. */
function rows(popup: Page): Promise<Record<string, number>> {
  return popup.$$eval('.page-items li', (items) =>
    Object.fromEntries(
      items.map((li) => [
        li.querySelector('.item-name')?.textContent ?? '',
        Number(li.querySelector('.item-count')?.textContent),
      ]),
    ),
  );
}

async function openRow(popup: Page, id: string): Promise<string> {
  await popup.click(`[data-item-id="${id}"] button`);
  await popup.waitForSelector('.item-detail');
  return popup.$eval('.item-detail', (el) => el.textContent ?? '');
}

async function lookup(popup: Page, query: string): Promise<string | null> {
  await popup.click('[role=combobox]', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.type('[role=combobox]', query);
  await popup.waitForSelector('[role=option]');
  return popup.$eval('[role=option] .item-name', (el) => el.textContent);
}

/**
 * What would make the popup scroll sideways or cut text off: its scrollers wider than their
 * view, and elements whose box reaches past its right edge.
 */
function pastTheEdge(popup: Page): Promise<string[]> {
  return popup.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollers = [document.documentElement, document.body]
      .filter((el) => el.scrollWidth > el.clientWidth)
      .map((el) => `${el.tagName.toLowerCase()} scrolls (${el.scrollWidth} > ${el.clientWidth})`);
    const boxes = [...document.body.querySelectorAll('*')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > width + 0.5;
      })
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className)}`);
    return [...scrollers, ...boxes];
  });
}

const CONTROLS = 'button, input, select, textarea, a[href], [tabindex="0"]';

/**
 * Presses Tab until focus comes back round, and returns how many of the popup's visible
 * controls it reached, how many there are, and the controls focused without a visible ring.
 */
async function tabThrough(
  popup: Page,
): Promise<{ reached: number; controls: number; noRing: string[] }> {
  const controls = await popup.$$eval(
    CONTROLS,
    (els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length,
  );
  const reached = new Set<number>();
  const noRing: string[] = [];
  for (let i = 0; i < controls + 3; i++) {
    await popup.keyboard.press('Tab');
    const focused = await popup.evaluate((selector) => {
      const el = document.activeElement;
      if (!el || el === document.body) return undefined;
      const style = getComputedStyle(el);
      const ring =
        (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') ||
        style.boxShadow !== 'none';
      const index = [...document.querySelectorAll(selector)].indexOf(el);
      return { index, ring, name: el.outerHTML.slice(0, 60) };
    }, CONTROLS);
    if (!focused) continue;
    // Round again: focus went out to the browser and back, which is not the popup's doing.
    if (reached.has(focused.index)) break;
    reached.add(focused.index);
    if (!focused.ring) noRing.push(focused.name);
  }
  return { reached: reached.size, controls, noRing };
}

describe.each(browserTargets())('popup in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
      '/post-news.html': () => reportPage(postNews.text),
    });
    ext = await launchWithExtension(target, { wrapped: true });
    page = await ext.browser.newPage();
    await page.goto(server.url('/post-news.html'));
    await waitForMentions(page, 20);
    tabId = await tabIdOf(ext, server.url('/post-news.html'));
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('lists what The Post News page mentions, with counts on the page', async () => {
    const popup = await openPopup(ext, tabId);
    const listed = await rows(popup);
    for (const name of [
      'Emmanuel Macron',
      'Volodymyr Zelensky',
      'Donald Trump',
      'Vladimir Putin',
      'Dmitry Peskov',
      'Giorgia Meloni',
      'Friedrich Merz',
      'Mark Rutte',
    ]) {
      expect(listed[name], name).toBeGreaterThan(0);
    }
    const marks = await page.$$eval(
      '[data-summit-id="emmanuel-macron"][tabindex]',
      (m) => m.length,
    );
    expect(listed['Emmanuel Macron']).toBe(marks);
    // Figures are listed by the page's own wording of them: "26 nations" first here.
    const ids = await popup.$$eval('[data-item-id]', (els) =>
      els.map((e) => e.getAttribute('data-item-id')),
    );
    expect(ids).toEqual(
      expect.arrayContaining([
        'countries-committed',
        'leaders-attending',
        'eram-missiles',
        'eram-price',
      ]),
    );
    expect(listed['26 nations']).toBe(3);
    expect(listed['35 leaders']).toBe(1);
    expect(listed['3,350 ERAM long-range missiles']).toBe(1);
    expect(listed['$825 million']).toBe(1);
    await popup.close();
  });

  it('fits 400 px wide: nothing past its edge on the list, an item or a lookup', async () => {
    const popup = await openPopup(ext, tabId);
    expect(await pastTheEdge(popup)).toEqual([]);
    await openRow(popup, 'countries-committed');
    expect(await pastTheEdge(popup)).toEqual([]);
    await popup.close();
    const again = await openPopup(ext, tabId);
    await lookup(again, 'kremlin spokesman');
    expect(await pastTheEdge(again)).toEqual([]);
    await again.close();
  });

  it('reaches every control by Tab, each with a visible focus ring', async () => {
    const popup = await openPopup(ext, tabId);
    const { reached, controls, noRing } = await tabThrough(popup);
    expect(controls).toBeGreaterThan(10);
    expect(reached).toBe(controls);
    expect(noRing).toEqual([]);
    await popup.close();
  });

  it("shows Mark Rutte's quote here beside the differently worded one in another report", async () => {
    const popup = await openPopup(ext, tabId);
    const detail = await openRow(popup, 'mark-rutte');
    expect(detail).toContain('too strong');
    expect(detail).toContain('too powerful');
    await popup.close();
  });

  it("shows each report's wording of the 26 countries", async () => {
    const popup = await openPopup(ext, tabId);
    await openRow(popup, 'countries-committed');
    // What each report holds back ("n more", "How the reports put it"), opened.
    await popup.$$eval('button.more[aria-expanded="false"]', (buttons) =>
      buttons.forEach((button) => (button as HTMLButtonElement).click()),
    );
    const detail = await popup.$eval('.item-detail', (el) => el.textContent ?? '');
    for (const wording of [
      'Twenty-six nations',
      'More than 26 countries',
      'over two dozen countries',
    ]) {
      expect(detail).toContain(wording);
    }
    await popup.close();
  });

  it('opens a detail at its top, and Back returns to the row, scrolled as it was', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('.page-items button.row');
    // A row halfway down, at the top of the view: where focusing it again would not scroll.
    const before = await popup.evaluate(() => {
      const rows = [...document.querySelectorAll<HTMLElement>('.page-items button.row')];
      const row = rows[Math.floor(rows.length / 2)]!;
      row.scrollIntoView({ block: 'start' });
      row.focus({ preventScroll: true });
      const id = row.closest('[data-item-id]')!.getAttribute('data-item-id');
      return { scroll: document.body.scrollTop, row: id };
    });
    expect(before.scroll).toBeGreaterThan(100); // far enough down for the test to mean it
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.item-detail');
    expect(await popup.evaluate(() => document.body.scrollTop)).toBe(0);
    await popup.waitForFunction(() => document.activeElement?.id === 'detail-name', {
      timeout: 5000,
    });
    await popup.evaluate(() => (document.body.scrollTop = 40)); // the reader reads on
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.item-detail', { hidden: true });
    const after = await popup.evaluate(() => ({
      scroll: document.body.scrollTop,
      row: document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id'),
    }));
    expect(after).toEqual(before);
    await popup.close();
  });

  it.each([
    ['zelenskiy', 'Volodymyr Zelensky'],
    ['kremlin spokesman', 'Dmitry Peskov'],
    ['elysee', 'Élysée Palace'],
    ['gref', 'German Gref'],
  ])('looks up "%s" and finds %s', async (query, name) => {
    const popup = await openPopup(ext, tabId);
    expect(await lookup(popup, query)).toBe(name);
    await popup.close();
  });

  it('shows a Macron mention on the page, flashing, and stays open', async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const popup = await openPopup(ext, tabId);
    // A toolbar popup floats over its page, which stays visible; here they are two tabs, and
    // a hidden tab does not scroll smoothly: show the page, as the reader sees it, and press
    // the popup's button from its (now background) tab.
    await page.bringToFront();
    await popup.$eval('[data-item-id="emmanuel-macron"] button.reveal', (button) =>
      (button as HTMLButtonElement).click(),
    );
    // Within the emphasis' 1.5 s: a flashing Macron mark lies inside the viewport.
    await page.waitForFunction(
      (emphasis) =>
        [...document.querySelectorAll(`[data-summit-id="emmanuel-macron"].${emphasis}`)].some(
          (mark) => {
            const box = mark.getBoundingClientRect();
            return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
          },
        ),
      { timeout: 5_000, polling: 50 },
      EMPHASIS_CLASS,
    );
    expect(popup.isClosed()).toBe(false);
    expect(await popup.$('.page-items')).not.toBeNull();
    await popup.close();
  });

  it("opens with the lookup filled from the context menu's selection", async () => {
    const popup = await ext.browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    await gotoExtensionPage(popup, ext.extensionUrl(`popup.html?tabId=${tabId}&q=gref`));
    await popup.waitForSelector('[role=option]');
    expect(await popup.$eval('[role=combobox]', (el) => (el as HTMLInputElement).value)).toBe(
      'gref',
    );
    expect(await popup.$eval('[role=option] .item-name', (el) => el.textContent)).toBe(
      'German Gref',
    );
    await popup.close();
  });

  it('shows a report on a page of its own, highlighted like a news page', async () => {
    const report = await ext.browser.newPage();
    await gotoExtensionPage(report, ext.extensionUrl('report.html?id=post-news'));
    await report.waitForSelector('[data-summit-id="mark-rutte"]');
    const marks = await report.$$eval('[data-summit-id="mark-rutte"]', (m) => m.length);
    expect(marks).toBeGreaterThan(0);
    // Its highlights are made by mark.js (the wrapped renderer: the text is the extension's).
    const byMarkJs = await report.$$eval('mark.summit-lens-mark', (all) =>
      all.every((m) => m.getAttribute('data-markjs') === 'true'),
    );
    expect(byMarkJs).toBe(true);
    expect(await report.$eval('h1', (el) => el.textContent)).toContain('The Post News');
    // Its hover cards are answered by the background as a news page's are.
    await report.focus('[data-summit-id="mark-rutte"][tabindex]');
    await report.waitForFunction(() =>
      document
        .querySelector('summit-lens-card')
        ?.shadowRoot?.querySelector('.card')
        ?.textContent?.includes('Mark Rutte'),
    );
    await report.close();
  });

  it('shows a report’s own headings as headings, its headline once, and cards of “this report”', async () => {
    const report = await ext.browser.newPage();
    await gotoExtensionPage(report, ext.extensionUrl('report.html?id=islamabad-paris'));
    await report.waitForSelector('mark.summit-lens-mark');
    const page = await report.evaluate(() => ({
      headings: [...document.querySelectorAll('.report-body h2')].map((h) => h.textContent),
      paragraphs: [...document.querySelectorAll('.report-body p')].map((p) => p.textContent),
      headline: document.querySelector('header .headline')?.textContent,
    }));
    expect(page.headings).toEqual([
      'Kremlin Dismisses Western Guarantees',
      '26 Nations Join Reassurance Plan',
      'US Role Remains Unclear',
      'Divisions Within the Coalition',
      'Growing Concerns Over Russia’s Intentions',
      'Tragic Civilian Loss',
      'Conclusion',
    ]);
    expect(page.headline).toMatch(/^Russia Rejects Western Security Guarantees/);
    expect(page.paragraphs.filter((p) => p === page.headline)).toEqual([]);
    // A figure's card on a report's page speaks of this report, not of "this page".
    await report.focus('mark.summit-lens-figure[tabindex]');
    const card = await report.waitForFunction(() => {
      const text = document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.lead');
      return text?.textContent ?? false;
    });
    expect(await card.jsonValue()).toMatch(/^This report: .* · the reports: /);
    await report.close();
  });

  it('can reach its last section in a 400×300 window (a small screen, or zoomed in)', async () => {
    const popup = await openPopup(ext, tabId);
    await popup.setViewport({ width: 400, height: 300 });
    await popup.waitForSelector('#reports-heading');
    const last = await popup.evaluate(() => {
      // As far as a reader can scroll: the body to its end, then the viewport to its end.
      const viewport = document.scrollingElement!;
      document.body.scrollTop = document.body.scrollHeight;
      const overflow = getComputedStyle(viewport).overflowY;
      if (overflow !== 'hidden') viewport.scrollTop = viewport.scrollHeight;
      const box = document.querySelector('.report-list li:last-child')!.getBoundingClientRect();
      return { overflow, top: box.top, bottom: box.bottom, height: innerHeight };
    });
    // A viewport that hides its overflow cannot be scrolled by the reader, whatever a script can.
    expect(last.overflow).not.toBe('hidden');
    expect(last.top).toBeGreaterThanOrEqual(0);
    expect(last.bottom).toBeLessThanOrEqual(last.height + 0.5);
    await popup.close();
  });

  it("switches the page's highlighting off and on from the popup", async () => {
    const popup = await openPopup(ext, tabId);
    await popup.click('[role=switch]');
    await page.waitForFunction(() => !document.querySelector('[data-summit-id]'));
    const { now, served } = await domNowAndAsServed(page);
    expect(now).toBe(served);
    await popup.click('[role=switch]');
    await waitForMentions(page, 20);
    await popup.close();
  });

  it("sets the site's rule from the popup; the tab follows at once and after a reload", async () => {
    const popup = await openPopup(ext, tabId);
    const label = await popup.$eval('label[for=site-rule]', (el) => el.textContent);
    expect(label).toBe('On 127.0.0.1');
    expect(await popup.$eval('#site-rule', (el) => (el as HTMLSelectElement).value)).toBe(
      'default',
    );
    await popup.select('#site-rule', 'neverOn');
    await page.waitForFunction(() => !document.querySelector('[data-summit-id]'));
    // The page tells the popup, whose page switch follows.
    await popup.waitForFunction(
      () => !(document.querySelector('[role=switch]') as HTMLInputElement).checked,
    );
    await popup.close();
    await page.reload();
    // The content script has judged the page again, and left it alone.
    await (await controlFor(page)).firstPass(server.url('/post-news.html'));
    expect(await page.$$eval('[data-summit-id]', (marks) => marks.length)).toBe(0);
    const again = await openPopup(ext, tabId);
    await again.waitForSelector('#site-rule');
    expect(await again.$eval('#site-rule', (el) => (el as HTMLSelectElement).value)).toBe(
      'neverOn',
    );
    await again.select('#site-rule', 'default');
    await waitForMentions(page, 20);
    await again.close();
  });
});
