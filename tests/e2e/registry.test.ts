import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTargets } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

const [report] = reportTexts();
const routes = { '/summit.html': () => reportPage(report!.text) };

/** What the page's own scripts can read of the registry and the adopted sheets. */
function whatThePageSees(page: Page) {
  return page.evaluate(() => {
    type Painted = Set<Range> & { priority: number };
    const registry = (CSS as unknown as { highlights: Map<string, Painted> }).highlights;
    return {
      names: [...registry.keys()],
      painted: Object.fromEntries(
        [...registry].map(([name, highlight]) => [name, highlight.size]),
      ) as Record<string, number>,
      sheets: document.adoptedStyleSheets
        .map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'))
        .join('\n'),
    };
  });
}

/** The registry names the extension lists its highlights under, for `page`. */
async function listedNames(page: Page): Promise<string[]> {
  const control = await controlFor(page);
  const listed = await control.highlights(await control.tabIdOf(page.url()));
  return [...new Set(listed.map((each) => each.highlight!))].sort();
}

describe.each(browserTargets())('the highlight registry the page shares, in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), routes);
    ext = await launchWithExtension(target);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('holds no name a page could recognise, and new ones on each load', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/summit.html'));
    await waitForMentions(page, 20);
    const first = await whatThePageSees(page);
    const listed = await listedNames(page);
    expect(listed.length).toBeGreaterThan(3);
    // What is listed is what the page's registry holds, and nothing in it names us.
    expect([...first.names].sort()).toEqual(expect.arrayContaining(listed));
    for (const name of first.names) expect(name).not.toMatch(/summit|lens/i);
    expect(first.sheets).toContain('::highlight(');
    expect(first.sheets).not.toMatch(/summit|lens/i);
    await page.reload();
    await waitForMentions(page, 20);
    const again = await whatThePageSees(page);
    expect(again.names.filter((name) => first.names.includes(name))).toEqual([]);
    await page.close();
  });

  it('puts its highlights back when the page clears the registry, and leaves the page’s own', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/summit.html'));
    await waitForMentions(page, 20);
    const listed = await listedNames(page);
    // The page's own search highlighting: it clears the registry and registers its own.
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      registry.clear();
      const range = document.createRange();
      range.selectNodeContents(document.querySelector('p')!);
      const ctor = (globalThis as unknown as { Highlight: new (r: Range) => unknown }).Highlight;
      registry.set('page-search', new ctor(range));
    });
    // Within a moment every listed highlight is painted again.
    await page.waitForFunction(
      (names: string[]) => {
        const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
        return names.every((name) => (registry.get(name)?.size ?? 0) > 0);
      },
      { timeout: 10_000 },
      listed,
    );
    const seen = await whatThePageSees(page);
    expect(seen.painted['page-search']).toBe(1);
    expect(await listedNames(page)).toEqual(listed);
    expect(seen.names.filter((name) => name !== 'page-search').sort()).toEqual(
      expect.arrayContaining(listed),
    );
    // Switched off, ours go and the page's stays.
    const control = await controlFor(page);
    await control.setHighlighting(await control.tabIdOf(page.url()), false);
    await page.waitForFunction(() => {
      const registry = (CSS as unknown as { highlights: Map<string, unknown> }).highlights;
      return registry.size === 1 && registry.has('page-search');
    });
    await page.close();
  });
});
