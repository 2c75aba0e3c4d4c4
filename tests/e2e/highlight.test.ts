import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { THEMES, themedPage } from '../fixtures/themed-page';
import { browserTargets } from './support/browsers';
import { openControl } from './support/control';
import { drawnWhole } from './support/dom-probes';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, domNowAndAsServed, mentionsOf, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';

const reports = reportTexts();
const routes = {
  ...Object.fromEntries(reports.map((r, i) => [`/report-${i}.html`, () => reportPage(r.text)])),
  ...Object.fromEntries(
    (Object.keys(THEMES) as (keyof typeof THEMES)[]).map((theme) => [
      `/theme-${theme}.html`,
      () => themedPage(theme),
    ]),
  ),
};

/** A finding as the page shows it through the DOM contract (figures: value and status too). */
type Finding = { id: string; kind: string; text: string; value?: string; status?: string };

/** What `npm run scan` finds in a page, in order. */
function scanFindings(html: string): Finding[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'page.html');
  writeFileSync(file, html);
  const out = execFileSync('npx', ['tsx', 'src/cli/scan.ts', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  type Scanned = Finding & { value?: number };
  return (JSON.parse(out) as Scanned[]).map(({ id, kind, text, value, status }) =>
    kind === 'figure' ? { id, kind, text, value: String(value), status } : { id, kind, text },
  );
}

describe.each(browserTargets())('highlighting in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let wrapped: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), routes);
    ext = await launchWithExtension(target);
    // The tests below that read highlights as <mark> elements run in wrapped mode.
    wrapped = await launchWithExtension(target, { wrapped: true });
  });

  afterAll(async () => {
    await ext?.close();
    await wrapped?.close();
    await server?.close();
  });

  it.each(reports.map((r, i) => [i, r.file] as const))(
    'report page %i (%s): every mention highlighted once, as npm run scan finds it',
    async (i) => {
      const expected = scanFindings(routes[`/report-${i}.html`]!());
      expect(expected.length).toBeGreaterThan(20);
      const page = await ext.browser.newPage();
      await page.goto(server.url(`/report-${i}.html`));
      await waitForMentions(page, expected.length);
      const mentions = await mentionsOf(page);
      const shown = mentions.map(({ id, kind, text, value, status }) =>
        kind === 'figure' ? { id, kind, text, value, status } : { id, kind, text },
      );
      expect(shown).toEqual(expected);
      expect(mentions.every((m) => m.inArticle)).toBe(true);
      const kinds = new Set(mentions.map((m) => m.kind));
      expect([...kinds].sort()).toEqual(
        expect.arrayContaining(['country', 'figure', 'person', 'place', 'term']),
      );
      await page.close();
    },
  );

  it('marks figures that contradict the reports as disputed', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/disputed.html'));
    await waitForMentions(page);
    const figures = (await mentionsOf(page)).filter((m) => m.kind === 'figure');
    expect(figures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ text: '31 countries', status: 'disputed', value: '31' }),
        expect.objectContaining({ text: '40 leaders', status: 'disputed', value: '40' }),
      ]),
    );
    await page.close();
  });

  it('changes nothing on a page that is not about the summit', async () => {
    const page = await ext.browser.newPage();
    const errors: Error[] = [];
    page.on('pageerror', (error) => errors.push(error as Error));
    await page.goto(server.url('/unrelated.html'));
    await (await controlFor(page)).firstPass(server.url('/unrelated.html')); // it has decided
    const { now, served } = await domNowAndAsServed(page);
    expect(now).toBe(served);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs only the gate on a page that never names Ukraine, the highlighter on a summit page', async () => {
    const control = await openControl(ext);
    /** Once the first pass is over, whether the highlighter has run in the tab's page. */
    const highlighterLoaded = async (url: string) => (await control.firstPass(url)).highlighting;
    const unrelated = await ext.browser.newPage();
    await unrelated.goto(server.url('/unrelated.html'));
    expect(await highlighterLoaded(server.url('/unrelated.html'))).toBe(false);
    const summit = await ext.browser.newPage();
    await summit.goto(server.url('/report-1.html'));
    await waitForMentions(summit, 20);
    expect(await highlighterLoaded(server.url('/report-1.html'))).toBe(true);
    // The popup asks the page for its summary: the gate answers itself, loading nothing.
    const tabId = await control.tabIdOf(server.url('/unrelated.html'));
    expect(tabId).toBeGreaterThan(0);
    expect(await highlighterLoaded(server.url('/unrelated.html'))).toBe(false);
    for (const page of [unrelated, summit]) await page.close();
    await control.close();
  });

  it('off restores the DOM exactly; on brings the same highlights back', async () => {
    const url = server.url('/report-2.html');
    const page = await ext.browser.newPage();
    await page.goto(url);
    await waitForMentions(page, 20);
    const before = await mentionsOf(page);
    const control = await controlFor(page);
    const tabId = await control.tabIdOf(url);
    await control.setHighlighting(tabId, false);
    const { now, served } = await domNowAndAsServed(page);
    expect(now).toBe(served);
    // Read once the whole page is drawn again (a switch-on draws in slices).
    await drawnWhole(page, () => control.setHighlighting(tabId, true));
    expect(await mentionsOf(page)).toEqual(before);
    await page.close();
  });

  it('judges each page a single-page app navigates to, without a reload', async () => {
    const page = await wrapped.browser.newPage();
    await page.goto(server.url('/spa.html'));
    const marks = () => page.$$eval('[data-summit-id]', (els) => els.length);
    const loads = () => page.evaluate(() => performance.getEntriesByType('navigation').length);
    await page.waitForFunction(() => performance.getEntriesByName('summit-lens:done').length > 0);
    expect(await marks()).toBe(0);
    await page.click('#to-summit');
    await page.waitForFunction(
      () => document.querySelectorAll('#app [data-summit-id="volodymyr-zelensky"]').length === 1,
      { timeout: 10_000 },
    );
    expect(page.url()).toBe(server.url('/spa/ukraine-summit'));
    await page.click('#to-markets');
    await page.waitForFunction(
      () =>
        document.querySelector('#app h1')?.textContent === 'Trump raises tariffs on India' &&
        document.querySelectorAll('[data-summit-id]').length === 0,
      { timeout: 10_000 },
    );
    // Still the first document: the app navigated, the page never reloaded.
    expect(await loads()).toBe(1);
    await page.close();
  });

  it.each(Object.keys(THEMES))(
    'keeps every highlight readable on a %s page (text 4.5:1, underline 3:1)',
    async (theme) => {
      const page = await wrapped.browser.newPage();
      await page.goto(server.url(`/theme-${theme}.html`));
      await waitForMentions(page, 8);
      const found = await page.evaluate(() => {
        /** A computed colour as [r, g, b, alpha], channels 0-1 (rgb() or color(srgb ...)). */
        const parse = (colour: string): number[] => {
          const rgb = /^rgba?\((.+)\)$/.exec(colour);
          const srgb = /^color\(srgb (.+)\)$/.exec(colour);
          const parts = (rgb ?? srgb)![1]!
            .split(/[\s,/]+/)
            .filter(Boolean)
            .map(Number);
          const [r, g, b] = rgb ? parts.map((p, i) => (i < 3 ? p / 255 : p)) : parts;
          return [r!, g!, b!, parts[3] ?? 1];
        };
        const luminance = ([r, g, b]: number[]) => {
          const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const page = parse(getComputedStyle(document.body).backgroundColor);
        return [...document.querySelectorAll<HTMLElement>('[data-summit-id]')].map((mark) => {
          const style = getComputedStyle(mark);
          const [r, g, b, a] = parse(style.backgroundColor);
          const under = [0, 1, 2].map((i) => [r!, g!, b!][i]! * a! + page[i]! * (1 - a!));
          const ratio = (a: number[], b: number[]) => {
            const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
            return (lighter! + 0.05) / (darker! + 0.05);
          };
          return {
            kind: mark.dataset.summitKind,
            contrast: ratio(parse(style.color), under),
            line: ratio(parse(style.textDecorationColor), under),
          };
        });
      });
      expect(new Set(found.map((f) => f.kind))).toEqual(
        new Set(['country', 'figure', 'organisation', 'person', 'place', 'term']),
      );
      for (const { kind, contrast, line } of found) {
        expect(contrast, `${kind} on the ${theme} page`).toBeGreaterThanOrEqual(4.5);
        expect(line, `${kind}'s underline on the ${theme} page`).toBeGreaterThanOrEqual(3);
      }
      await page.close();
    },
  );

  it.each(Object.keys(THEMES))(
    'paints every underline at least 3:1 against a %s page and the tint under it',
    async (theme) => {
      const page = await ext.browser.newPage();
      const url = server.url(`/theme-${theme}.html`);
      await page.goto(url);
      await waitForMentions(page, 8);
      // The highlights' names are random: the extension's listing says which is which kind.
      const control = await controlFor(page);
      const listed = await control.highlights(await control.tabIdOf(url));
      const kindOf = new Map(listed.map((each) => [each.highlight, each.kind]));
      const found = await page.evaluate(() => {
        // Resolves a CSS colour (color-mix included) to [r, g, b, alpha] through a probe.
        const probe = document.createElement('span');
        document.documentElement.append(probe);
        const resolve = (colour: string): number[] => {
          probe.style.color = colour;
          const out = getComputedStyle(probe).color;
          const rgb = /^rgba?\((.+)\)$/.exec(out);
          const srgb = /^color\(srgb (.+)\)$/.exec(out);
          const parts = (rgb ?? srgb)![1]!
            .split(/[\s,/]+/)
            .filter(Boolean)
            .map(Number);
          const [r, g, b] = rgb ? parts.map((p, i) => (i < 3 ? p / 255 : p)) : parts;
          return [r!, g!, b!, parts[3] ?? 1];
        };
        const luminance = ([r, g, b]: number[]) => {
          const lin = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
          return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
        };
        const ratio = (a: number[], b: number[]) => {
          const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
          return (lighter! + 0.05) / (darker! + 0.05);
        };
        const pageColour = resolve(getComputedStyle(document.body).backgroundColor);
        type Painted = Set<Range> & { priority: number };
        const registry = (globalThis as unknown as { CSS: { highlights: Map<string, Painted> } })
          .CSS.highlights;
        const out: { name: string; onPage: number; onTint: number }[] = [];
        for (const sheet of document.adoptedStyleSheets) {
          for (const rule of sheet.cssRules) {
            const name = /::highlight\(([\w-]+)\)/.exec((rule as CSSStyleRule).selectorText)?.[1];
            if (!name || !registry.get(name)?.size || registry.get(name)!.priority > 0) continue;
            const { style } = rule as CSSStyleRule;
            const line = resolve(style.textDecorationColor);
            // A light (repeat-mention) rule declares no background: it paints no tint.
            const [r, g, b, a] = resolve(style.backgroundColor || 'transparent');
            const tint = [r!, g!, b!].map((c, i) => c * a! + pageColour[i]! * (1 - a!));
            out.push({ name, onPage: ratio(line, pageColour), onTint: ratio(line, tint) });
          }
        }
        probe.remove();
        return out;
      });
      expect(found.map((f) => kindOf.get(f.name))).toEqual(
        expect.arrayContaining(['country', 'organisation', 'person', 'place', 'term']),
      );
      for (const { name, onPage, onTint } of found) {
        const kind = kindOf.get(name) ?? name;
        expect(onPage, `${kind} on the ${theme} page`).toBeGreaterThanOrEqual(3);
        expect(onTint, `${kind} on its tint on the ${theme} page`).toBeGreaterThanOrEqual(3);
      }
      await page.close();
    },
  );

  it('highlights each paragraph a live page appends', async () => {
    const page = await wrapped.browser.newPage();
    await page.goto(server.url('/live.html'));
    await page.waitForFunction(() => document.querySelectorAll('p.update').length === 20);
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('p.update')].every(
          (p) => p.querySelectorAll('[data-summit-id]').length === 2,
        ),
      { timeout: 10_000 },
    );
    const ids = await page.$$eval('p.update [data-summit-id]', (els) =>
      els.map((el) => el.getAttribute('data-summit-id')),
    );
    expect(new Set(ids)).toEqual(new Set(['emmanuel-macron', 'keir-starmer']));
    await page.close();
  });
});
