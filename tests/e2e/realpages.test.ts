import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { browserTargets } from './support/browsers';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor } from './support/mentions';
import { hasRealPages, namedNegativePages, REALPAGES_DIR } from './support/realpages';
import { serveFixtures, type FixtureServer } from './support/server';

const pages = hasRealPages ? namedNegativePages(24) : [];

/** Records, from before any script runs, every node of ours ever added to the page. */
async function watchForOurNodes(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const seen: string[] = [];
    (window as unknown as { __summitAdded: string[] }).__summitAdded = seen;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.matches('[data-summit-id], [data-summit-ui]')) {
            seen.push(node.outerHTML.slice(0, 80));
          }
        }
        if (record.type === 'attributes' && record.attributeName?.startsWith('data-summit')) {
          seen.push(`attribute ${record.attributeName}`);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
}

/**
 * Page errors of a load, for comparing a page with and without the extension: those of the
 * page's first `spanMs` after load (at least 500 ms: late errors of the page's own timers
 * land in both loads alike once they have settled) and until `settled` resolves.
 */
async function pageErrors(
  browser: Browser,
  url: string,
  { prepare, settled, spanMs = 500 }: PageErrorsOptions = {},
) {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
  await prepare?.(page);
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 }).catch(() => undefined);
  const loaded = Date.now();
  await Promise.all([settled?.(page), new Promise((resolve) => setTimeout(resolve, spanMs))]);
  return { page, errors: [...errors], spanMs: Date.now() - loaded };
}

/** How pageErrors loads a page. */
interface PageErrorsOptions {
  prepare?: (page: Page) => Promise<void>;
  /** What must have happened before the errors are read (the extension's first pass). */
  settled?: (page: Page) => Promise<unknown>;
  spanMs?: number;
}

// The corpus is test data kept outside the repository: without it there is nothing to run.
describe.skipIf(!hasRealPages).each(browserTargets())(
  'real pages not about the summit in $name',
  (target) => {
    let server: FixtureServer;
    let ext: ExtensionBrowser;
    let plain: Browser;

    beforeAll(async () => {
      server = await serveFixtures(REALPAGES_DIR);
      ext = await launchWithExtension(target);
      plain = await launchBrowser(target);
    });

    afterAll(async () => {
      await ext?.close();
      await plain?.close();
      await server?.close();
    });

    it('has at least twenty such pages to check', () => {
      expect(pages.length).toBeGreaterThanOrEqual(20);
    });

    it.each(pages)('%s: no DOM change, no page error introduced', async (file) => {
      const url = server.url(`/${file}`);
      // Read once the content script has judged the page: all it does there is done.
      const withExt = await pageErrors(ext.browser, url, {
        prepare: watchForOurNodes,
        settled: async (page) => (await controlFor(page)).firstPass(url),
      });
      const { errors } = withExt;
      const added = await withExt.page.evaluate(
        () => (window as unknown as { __summitAdded: string[] }).__summitAdded,
      );
      expect(added).toEqual([]);
      // Some pages race their own (blocked) scripts, so their errors vary from load to load:
      // an error counts as introduced only if three loads without the extension never show it.
      const baseline = new Set<string>();
      for (let load = 0; load < 3; load += 1) {
        if (errors.every((error) => baseline.has(error))) break;
        // Errors over the same span as the load with the extension (later ones are timers).
        const without = await pageErrors(plain, url, { spanMs: withExt.spanMs });
        without.errors.forEach((error) => baseline.add(error));
        await without.page.close();
      }
      expect(errors.filter((error) => !baseline.has(error))).toEqual([]);
      await withExt.page.close();
    });
  },
);
