import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserTargets } from './support/browsers';
import type { ExtensionControl } from './support/control';
import { MARK_SELECTOR, shownPieces } from './support/dom-probes';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, zipMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';
import { watchErrors } from './support/page-errors';

/** What a scan of each article of tests/fixtures/pages/nav-articles.js finds, by id. */
const ARTICLE_IDS = {
  summit: [
    'countries-committed',
    'elysee-palace',
    'emmanuel-macron',
    'paris',
    'reassurance-force',
    'ukraine',
    'volodymyr-zelensky',
  ],
  'summit-2': [
    'coalition-of-the-willing',
    'giorgia-meloni',
    'keir-starmer',
    'paris',
    'security-guarantees',
    'ukraine',
  ],
  markets: ['donald-trump', 'india', 'united-states'],
};
type Article = keyof typeof ARTICLE_IDS;

/** The performance marks the content script sets (session.ts, after-navigation.ts). */
const JUDGED = 'summit-lens:judged';
const SETTLED = 'summit-lens:navigation-settled';

/** How many times the content script set performance mark `name` in the page. */
const marks = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n).length, name);

/** Waits until the page holds `count` marks `name` (the content script's work is done). */
async function waitForMarks(page: Page, name: string, count: number): Promise<void> {
  await page.waitForFunction(
    (n, c) => performance.getEntriesByName(n).length >= c,
    {},
    name,
    count,
  );
}

/** A tab under test: its page, its tab id, and what it has been through so far. */
interface Tab {
  page: Page;
  control: ExtensionControl;
  tabId: number;
  /** Judgements expected so far (one per fresh page). */
  judged: number;
  /** Navigations whose rechecks are expected to be over. */
  settled: number;
}

/** The summary's verdict and address, and the ids listed as highlighted, as compared below. */
async function verdict(tab: Tab) {
  const summary = await tab.control.summary(tab.tabId);
  const listed = await tab.control.highlights(tab.tabId);
  return {
    url: summary.url,
    relevant: summary.relevant,
    highlighted: summary.highlighted,
    listed: [...new Set(listed.map((l) => l.id))].sort(),
  };
}

/**
 * After a navigation to `article` at `url`: waits until the summary gives the new address and
 * verdict and the listing the new article's highlights (none on an unrelated one), then checks
 * that what is painted is what is listed (no piece of the old content, none detached), that
 * the summary's items and title are the new article's, that the page's DOM is what the page
 * itself rendered, and, once the navigation's rechecks are over, that the new page was judged
 * exactly once.
 */
async function arrivesAt(tab: Tab, url: string, article: Article | 'front'): Promise<void> {
  const { page, control, tabId } = tab;
  const relevant = article === 'summit' || article === 'summit-2';
  const want = {
    url,
    relevant,
    highlighted: relevant,
    listed: relevant ? ARTICLE_IDS[article] : [],
  };
  const deadline = Date.now() + 10_000;
  let now = await verdict(tab);
  while (JSON.stringify(now) !== JSON.stringify(want) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    now = await verdict(tab);
  }
  expect(now).toEqual(want);

  // The navigation's rechecks are over: nothing more is judged for it.
  await waitForMarks(page, SETTLED, tab.settled);
  expect(await marks(page, JUDGED)).toBe(tab.judged);

  const listing = await control.highlights(tabId);
  const pieces = await shownPieces(page);
  const bare = (texts: string[]) => texts.join('').replace(/\s+/g, '');
  zipMentions(listing, pieces);
  expect(bare(pieces.map((p) => p.text))).toBe(bare(listing.map((l) => l.text)));
  expect(pieces.filter((p) => !p.inArticle)).toEqual([]);
  const detached = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    return [...(registry?.values() ?? [])].flatMap((h) =>
      [...h].filter((r) => !r.startContainer.isConnected).map((r) => r.toString()),
    );
  });
  expect(detached).toEqual([]);

  const summary = (await control.summary(tabId)) as unknown as {
    title: string;
    items: { id: string }[];
  };
  const items = summary.items.map((i) => i.id).sort();
  if (relevant) expect(items).toEqual(ARTICLE_IDS[article]);
  else expect(ARTICLE_IDS.markets).toEqual(expect.arrayContaining(items));
  expect(summary.title).toBe(await page.title());

  // Our own wrapped marks aside (the wrapped renderer's), the body is what the page rendered.
  const dom = await page.evaluate((marks) => {
    const live = document.body.cloneNode(true) as HTMLElement;
    live.querySelectorAll(marks).forEach((mark) => mark.replaceWith(...mark.childNodes));
    const rendered = (window as unknown as { app: { expected(): string } }).app.expected();
    return { live: live.outerHTML, rendered };
  }, MARK_SELECTOR);
  expect(dom.live).toBe(dom.rendered);
}

/** Runs `script` in the page (an app's navigation), as its own code would. */
const run = (page: Page, script: string) => page.evaluate(script);

describe.each(browserTargets())('navigation without a load in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let wrapped: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'));
    ext = await launchWithExtension(target);
    wrapped = await launchWithExtension(target, { wrapped: true });
  });

  afterAll(async () => {
    await ext?.close();
    await wrapped?.close();
    await server?.close();
  });

  /** Opens `pathname` in a tab in front (its timers run as the reader's tab's do). */
  async function open(pathname: string, browser = ext): Promise<{ tab: Tab; errors: string[] }> {
    const page = await browser.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url(pathname));
    const control = await controlFor(page);
    await page.bringToFront();
    const tabId = await control.tabIdOf(server.url(pathname));
    return { tab: { page, control, tabId, judged: 0, settled: 0 }, errors };
  }

  /** Runs each step's script (an app's navigation) and checks the page it arrives at. */
  async function walk(tab: Tab, steps: [script: string, url: string, article: Article][]) {
    for (const [script, url, article] of steps) {
      await run(tab.page, script);
      tab.judged += 1;
      tab.settled += 1;
      await arrivesAt(tab, url, article);
    }
  }

  /** The document was never reloaded, and the page reported no error. */
  async function noLoadNorError(tab: Tab, errors: string[]): Promise<void> {
    const loads = () => performance.getEntriesByType('navigation').length;
    expect(await tab.page.evaluate(loads)).toBe(1);
    expect(errors).toEqual([]);
    await tab.page.close();
  }

  const routed = (article: Article) => server.url(`/router.html?article=${article}`);
  const swapped = (article: Article) => server.url(`/turbo.html?page=${article}`);

  it('judges each page a router pushes, goes back and forward to, or replaces, once', async () => {
    const { tab, errors } = await open('/router.html?article=summit');
    tab.judged = 1;
    await arrivesAt(tab, routed('summit'), 'summit');
    await walk(tab, [
      ['app.go("markets")', routed('markets'), 'markets'],
      ['history.back()', routed('summit'), 'summit'],
      ['history.forward()', routed('markets'), 'markets'],
      ['history.back()', routed('summit'), 'summit'],
      ['app.replace("summit-2")', routed('summit-2'), 'summit-2'],
    ]);
    await noLoadNorError(tab, errors);
  });

  it('waits for the article a router renders after fetching it, and judges it once', async () => {
    const { tab, errors } = await open('/router.html?article=summit');
    tab.judged = 1;
    await arrivesAt(tab, routed('summit'), 'summit');
    await run(tab.page, 'app.latency = 300');
    await walk(tab, [
      ['app.go("markets")', routed('markets'), 'markets'],
      ['history.back()', routed('summit'), 'summit'],
      ['app.replace("summit-2")', routed('summit-2'), 'summit-2'],
    ]);
    await noLoadNorError(tab, errors);
  });

  /** A page that swaps its body, as Turbo and pjax navigate, and the pages it arrives at. */
  const swaps = (): [string, string, Article][] => [
    ['app.visit("summit")', swapped('summit'), 'summit'],
    ['app.visit("markets")', swapped('markets'), 'markets'],
    // A new body at the same address is a new page too.
    ['app.swap("summit-2")', swapped('markets'), 'summit-2'],
    ['history.back()', swapped('summit'), 'summit'],
    ['app.swap("markets")', swapped('summit'), 'markets'],
    // As Turbo visits: the address first, the body once fetched.
    ['app.latency = 300; app.visit("summit")', swapped('summit'), 'summit'],
    ['app.visit("markets")', swapped('markets'), 'markets'],
  ];

  it.each([
    ['painted', () => ext],
    ['wrapped', () => wrapped],
  ])(
    'judges each body a page swaps in, with or without a new address, once (%s)',
    async (_, browser) => {
      const { tab, errors } = await open('/turbo.html', browser());
      // The front page never names Ukraine: the gate leaves it alone, judging nothing.
      await arrivesAt(tab, server.url('/turbo.html'), 'front');
      await walk(tab, swaps());
      await noLoadNorError(tab, errors);
    },
  );
});
