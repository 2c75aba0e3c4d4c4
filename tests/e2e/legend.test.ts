import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { KIND_COLOURS } from '@/src/style/palette';
import { browserTargets } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, domNowAndAsServed, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

const postNews = reportTexts().find((r) => r.file.startsWith('002'))!;

/** `#rrggbb` as the browser computes it. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe.each(browserTargets())('the page legend in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
      '/post-news.html': () => reportPage(postNews.text),
    });
    // A first-time reader: the legend has not been dismissed.
    ext = await launchWithExtension(target, { legend: true });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('shows a first-time reader what the marks mean, along the foot of the page, until dismissed', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/post-news.html'));
    await waitForMentions(page, 20);
    await page.waitForFunction(
      () => document.querySelector('summit-lens-legend')?.shadowRoot?.querySelector('.legend'),
      { timeout: 5_000 },
    );
    const shown = await page.evaluate(() => {
      const root = document.querySelector('summit-lens-legend')!.shadowRoot!;
      const box = root.querySelector('.legend')!.getBoundingClientRect();
      return {
        parent: document.querySelector('summit-lens-legend')!.parentElement!.tagName,
        box: { top: box.top, bottom: box.bottom, left: box.left, right: box.right },
        viewport: { width: innerWidth, height: innerHeight },
        entries: [...root.querySelectorAll('.entry')].map((entry) => ({
          label: entry.textContent!.replace(/^Aa/, ''),
          line: getComputedStyle(entry.querySelector('mark')!).textDecorationColor,
        })),
        focus: document.activeElement?.tagName,
      };
    });
    expect(shown.parent).toBe('HTML');
    expect(shown.box.bottom).toBeLessThanOrEqual(shown.viewport.height);
    expect(shown.box.top).toBeGreaterThan(shown.viewport.height / 2);
    expect(shown.box.left).toBeGreaterThanOrEqual(0);
    expect(shown.box.right).toBeLessThanOrEqual(shown.viewport.width);
    expect(shown.focus).toBe('BODY'); // it never takes focus
    const line = Object.fromEntries(shown.entries.map((e) => [e.label, e.line]));
    expect(line['People']).toBe(rgb(KIND_COLOURS.person));
    expect(line['Countries']).toBe(rgb(KIND_COLOURS.country));
    expect(line['Figures']).toBe(rgb(KIND_COLOURS.figure));
    // The page's own nodes are as served: the legend is a sibling of its head and body.
    const { now, served } = await domNowAndAsServed(page);
    expect(now).toBe(served);

    await page.evaluate(() =>
      document
        .querySelector('summit-lens-legend')!
        .shadowRoot!.querySelector<HTMLButtonElement>('button')!
        .click(),
    );
    expect(await page.$('summit-lens-legend')).toBeNull();

    // Remembered: the next page is highlighted without it.
    const next = await ext.browser.newPage();
    await next.goto(server.url('/post-news.html'));
    await waitForMentions(next, 20);
    // Highlighting, the content script asked the storage whether the legend is still wanted
    // and draws it on the answer; once a later read of its own is answered, so was that one.
    const control = await controlFor(next);
    await control.storageRound(await control.tabIdOf(next.url()));
    expect(await next.$('summit-lens-legend')).toBeNull();
    await next.close();
    await page.close();
  });
});
