import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTargets } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, waitForMentions, zipMentions, type PageMention } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';
import { composedPieces, fixtureDom } from './support/shadow-probes';
import { watchErrors } from './support/page-errors';

/** What `npm run scan` finds in `html` (an article as light DOM), as `id: text`, in order. */
function scanned(html: string): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'page.html');
  writeFileSync(file, `<!doctype html><html><body>${html}</body></html>`);
  const out = execFileSync('npx', ['tsx', 'src/cli/scan.ts', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as { id: string; text: string }[]).map(said);
}

/** A mention as `id: text`, its white space as the scan prints it. */
const said = (m: { id: string; text: string }): string => `${m.id}: ${m.text.replace(/\s+/g, ' ')}`;

/** The page's highlights as listed by its content script and as painted, matched up. */
async function shown(page: Page): Promise<PageMention[]> {
  const control = await controlFor(page);
  const listing = await control.highlights(await control.tabIdOf(page.url()));
  return zipMentions(listing, await composedPieces(page));
}

/** Waits until the listing names `id`, then checks that what is painted is what is listed. */
async function waitForItem(page: Page, id: string): Promise<PageMention[]> {
  const control = await controlFor(page);
  const tabId = await control.tabIdOf(page.url());
  await expect
    .poll(async () => (await control.highlights(tabId)).map((h) => h.id), { timeout: 10_000 })
    .toContain(id);
  return shown(page);
}

const cardText = (page: Page) =>
  page.evaluate(
    () =>
      document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card')?.textContent ??
      '',
  );

/**
 * Rests the pointer on the middle of the first painted range of `id` that lies in a shadow
 * tree and waits for its card.
 */
async function hoverInShadow(page: Page, id: string, name: string): Promise<void> {
  const control = await controlFor(page);
  const listed = await control.highlights(await control.tabIdOf(page.url()));
  const { highlight, text } = listed.find((h) => h.id === id)!;
  const point = await page.evaluate(
    (highlightName, words) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.get(highlightName)!].find(
        (r) => r.toString() === words && r.startContainer.getRootNode() !== document,
      )!;
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    highlight!,
    text,
  );
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(
    (wanted) =>
      (
        document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card')
          ?.textContent ?? ''
      ).includes(wanted),
    { timeout: 10_000 },
    name,
  );
}

describe.each(browserTargets())('stories in open shadow roots in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let loads = 0;
  /** A URL of the fixture no other tab has (a retried test's first tab may still be open). */
  const fresh = (file: string) => server.url(`/${file}?load=${++loads}`);

  beforeAll(async () => {
    const dir = path.resolve('tests/fixtures/pages');
    // The same story under a title that names nothing: only its shadow tree names Ukraine.
    const untitled = () =>
      readFileSync(path.join(dir, 'shadow-story.html'), 'utf8').replace(
        /<title>[^<]*<\/title>/,
        '<title>Morning edition</title>',
      );
    server = await serveFixtures(dir, { '/shadow-untitled.html': untitled });
    ext = await launchWithExtension(target);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('paints a story in a shadow root whose host has no light content, and judges it', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(fresh('shadow-story.html'));
    const story = await page.evaluate(() => (window as unknown as { STORY: string }).STORY);
    const expected = scanned(story);
    expect(expected.length).toBeGreaterThan(8);
    await waitForMentions(page, expected.length);
    const mentions = await shown(page);
    expect(mentions.map(said)).toEqual(expected);
    expect(mentions.every((m) => m.inArticle)).toBe(true);
    expect(new Set(mentions.map((m) => m.kind))).toEqual(
      new Set(['figure', 'term', 'country', 'place', 'person']),
    );
    const control = await controlFor(page);
    const tabId = await control.tabIdOf(page.url());
    expect((await control.summary(tabId)).relevant).toBe(true);
    // The page's own nodes, its shadow tree's included, are as its script built them; the
    // root keeps its own sheet first, ours after it, and gets back its own alone when off.
    const { now, built } = await fixtureDom(page);
    expect(now).toBe(built);
    const sheets = () =>
      page.evaluate(() => {
        const root = document.querySelector('summit-story')!.shadowRoot!;
        const own = (window as unknown as { ownSheet: CSSStyleSheet }).ownSheet;
        return root.adoptedStyleSheets.map((sheet) => (sheet === own ? 'own' : 'other'));
      });
    expect(await sheets()).toEqual(['own', 'other']);
    await control.setHighlighting(tabId, false);
    expect(await sheets()).toEqual(['own']);
    expect(
      await page.evaluate(
        () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size,
      ),
    ).toBe(0);
    expect(await fixtureDom(page)).toEqual({ now: built, built });
    await control.setHighlighting(tabId, true);
    await waitForMentions(page, expected.length);
    expect((await shown(page)).map(said)).toEqual(expected);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the highlighter for a story that names Ukraine only in its shadow root', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/shadow-untitled.html'));
    expect(await page.title()).toBe('Morning edition');
    await waitForMentions(page, 8);
    const control = await controlFor(page);
    const summary = await control.summary(await control.tabIdOf(page.url()));
    expect(summary.relevant).toBe(true);
    expect(summary.highlighted).toBe(true);
    await page.close();
  });

  it('opens a card on a painted name in the shadow root; next moves to its mentions', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(fresh('shadow-story.html'));
    await waitForMentions(page, 8);
    await page.bringToFront();
    await hoverInShadow(page, 'volodymyr-zelensky', 'Zelensky');
    await page.mouse.move(5, 690);
    await page.waitForFunction(
      () => !document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card'),
    );
    const control = await controlFor(page);
    const tabId = await control.tabIdOf(page.url());
    expect(await control.move(tabId, 'next')).toBe(true);
    expect(await control.move(tabId, 'next')).toBe(true);
    const current = await page.evaluate(() =>
      [
        ...([
          ...(
            CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }
          ).highlights.values(),
        ].find((highlight) => highlight.priority > 0) ?? []),
      ].map((range) => range.toString()),
    );
    const listed = await control.highlights(tabId);
    expect(current.join('')).toBe(listed[1]!.text);
    await page.waitForFunction(() =>
      /Highlight 2 of \d+/.test(
        document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('[role=status]')
          ?.textContent ?? '',
      ),
    );
    expect(await cardText(page)).not.toBe('');
    await page.close();
  });

  it('highlights a paragraph and a shadow root the page adds to its story later', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(fresh('shadow-story.html'));
    await waitForMentions(page, 8);
    await page.bringToFront(); // the observer's pace is the visible tab's
    const later = (what: 'paragraph' | 'host') =>
      page.evaluate(
        (name) => (window as unknown as { later: Record<string, () => void> }).later[name]!(),
        what,
      );
    await later('paragraph');
    let mentions = await waitForItem(page, 'friedrich-merz');
    expect(mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Giorgia Meloni', 'Friedrich Merz']),
    );
    await later('host');
    mentions = await waitForItem(page, 'donald-trump');
    expect(mentions.slice(-4).map(said)).toEqual([
      'friedrich-merz: Friedrich Merz',
      'mark-rutte: Mark Rutte',
      'nato: NATO',
      'donald-trump: Donald Trump',
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('paints a story two shadow roots deep, its shell’s furniture left out', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(fresh('shadow-nested.html'));
    // The story as light DOM: the headline, then the article two roots down.
    const story = await page.evaluate(() => {
      const outer = document.querySelector('news-page')!.shadowRoot!;
      const inner = outer.querySelector('news-body')!.shadowRoot!;
      return outer.querySelector('h1')!.outerHTML + inner.querySelector('article')!.outerHTML;
    });
    const expected = scanned(story);
    await waitForMentions(page, expected.length);
    const mentions = await shown(page);
    expect(mentions.map(said)).toEqual(expected);
    expect(mentions.map((m) => m.id)).not.toContain('giorgia-meloni');
    expect(mentions.map((m) => m.id)).not.toContain('mark-rutte');
    const control = await controlFor(page);
    const tabId = await control.tabIdOf(page.url());
    expect((await control.summary(tabId)).relevant).toBe(true);
    const { now, built } = await fixtureDom(page);
    expect(now).toBe(built);
    await page.bringToFront();
    await hoverInShadow(page, 'keir-starmer', 'Starmer');
    // Previous from the start is the last mention, far down the inner root: it is scrolled to.
    await page.mouse.move(5, 690);
    const last = (await control.highlights(tabId)).at(-1)!.text;
    expect(await control.move(tabId, 'previous')).toBe(true);
    await page.waitForFunction(
      (wanted) => {
        const current = [
          ...(
            CSS as unknown as { highlights: Map<string, Set<Range> & { priority: number }> }
          ).highlights.values(),
        ].find((highlight) => highlight.priority > 0);
        const range = current ? [...current][0] : undefined;
        const box = range?.getBoundingClientRect();
        return (
          range?.toString() === wanted &&
          window.scrollY > 1000 &&
          box !== undefined &&
          box.top >= 0 &&
          box.bottom <= window.innerHeight
        );
      },
      { timeout: 10_000 },
      last,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
