import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { frameworkRoutes } from '../fixtures/frameworks';
import { browserTargets } from './support/browsers';
import { launchWithExtension, type ExtensionBrowser } from './support/launch';
import { controlFor, mentionsOf, waitForMentions } from './support/mentions';
import { serveFixtures, type FixtureServer } from './support/server';
import { watchErrors } from './support/page-errors';

/** What `npm run scan` finds in `html`: the ids and texts the page should show highlighted. */
function scanned(html: string): string[] {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'page.html');
  writeFileSync(file, html);
  const out = execFileSync('npx', ['tsx', 'src/cli/scan.ts', file, '--json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return (JSON.parse(out) as { id: string; text: string }[]).map((f) => `${f.id}: ${f.text}`);
}

/** The live root's markup and what the app's code renders for its state (a detached copy). */
const renderedAndExpected = (page: Page) =>
  page.evaluate(async () => {
    const app = (window as unknown as { app: { expected(): string; settled?(): Promise<void> } })
      .app;
    await app.settled?.();
    return { live: document.getElementById('root')!.innerHTML, expected: app.expected() };
  });

/** Waits until the page shows what its code rendered (frameworks commit a moment later). */
async function showsWhatItRendered(page: Page): Promise<void> {
  const deadline = Date.now() + 5000;
  let last = await renderedAndExpected(page);
  while (last.live !== last.expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await renderedAndExpected(page);
  }
  expect(last.live).toBe(last.expected);
}

/**
 * Waits until the highlights the page lists and paints are what a scan of its current text
 * finds (the painted ranges follow the page as its code changes it).
 */
async function highlightsFollow(page: Page): Promise<void> {
  const deadline = Date.now() + 10_000;
  let want: string[] = [];
  let shown: string[] = [];
  for (;;) {
    want = scanned(await page.content()).sort();
    shown = (await mentionsOf(page)).map((m) => `${m.id}: ${m.text}`).sort();
    if (JSON.stringify(shown) === JSON.stringify(want) || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(shown).toEqual(want);
}

/**
 * The kinds whose highlights are registered in the page's `CSS.highlights`, read from its main
 * world (the names are random: the extension's own listing says which name is which kind).
 */
async function registeredKinds(page: Page): Promise<string[]> {
  const control = await controlFor(page);
  const listed = await control.highlights(await control.tabIdOf(page.url()));
  const names = await page.evaluate(() => [
    ...((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.keys() ?? []),
  ]);
  return [...new Set(listed.filter((l) => names.includes(l.highlight!)).map((l) => l.kind))];
}

/** The registry name of the first highlight of `kind` the extension lists on `page`. */
async function nameOf(page: Page, kind: string): Promise<string> {
  const control = await controlFor(page);
  const listed = await control.highlights(await control.tabIdOf(page.url()));
  return listed.find((l) => l.kind === kind)!.highlight!;
}

const change = (page: Page, name: string) =>
  page.evaluate(
    (n) => (window as unknown as { app: { change(n: string): void } }).app.change(n),
    name,
  );

describe.each(browserTargets())('pages built with frameworks in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), frameworkRoutes());
    // A first-time reader: the page legend stands beside each app while it works.
    ext = await launchWithExtension(target, { legend: true });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  /** Switches the page's highlights off and back on through the content script. */
  async function switchTo(page: Page, on: boolean): Promise<void> {
    const control = await controlFor(page);
    await control.setHighlighting(await control.tabIdOf(page.url()), on);
  }

  it('a React 18 app keeps what it renders while it edits, removes and reorders highlighted text', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/react.html'));
    await waitForMentions(page, 8);
    expect(await page.$('mark')).toBeNull();
    expect(await registeredKinds(page)).toContain('person');
    await highlightsFollow(page);
    for (const name of ['edit', 'remove', 'reorder', 'bump', 'edit', 'remove', 'bump']) {
      await change(page, name);
      await showsWhatItRendered(page);
      await highlightsFollow(page);
    }
    await page.bringToFront(); // its timer runs as in the tab the reader looks at
    await page.evaluate(() =>
      (window as unknown as { app: { startTimer(): void } }).app.startTimer(),
    );
    await page.waitForFunction(() => /Update [1-9]\d*:/.test(document.body.textContent ?? ''));
    await page.evaluate(() =>
      (window as unknown as { app: { stopTimer(): void } }).app.stopTimer(),
    );
    await showsWhatItRendered(page);
    await highlightsFollow(page);
    await switchTo(page, false);
    await showsWhatItRendered(page);
    // Switched off, nothing is left in the page's registry (it registers nothing of its own).
    expect(
      await page.evaluate(
        () => (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0,
      ),
    ).toBe(0);
    await change(page, 'bump');
    await showsWhatItRendered(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a server-rendered React page highlighted before it hydrates hydrates without a mismatch', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/hydrate.html'));
    await waitForMentions(page, 5);
    // The legend's host stands beside the body while React hydrates.
    await page.waitForSelector('summit-lens-legend', { timeout: 5_000 });
    const served = await page.$eval('#root', (root) => root.innerHTML);
    await page.evaluate(() =>
      (window as unknown as { app: { hydrate(): Promise<void> } }).app.hydrate(),
    );
    expect(await page.$eval('#root', (root) => root.innerHTML)).toBe(served);
    await highlightsFollow(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a Vue 3 app updating a line around a highlighted name shows its own text', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/vue.html'));
    await waitForMentions(page, 4);
    for (const name of ['before', 'after', 'bump', 'before']) {
      await change(page, name);
      await showsWhatItRendered(page);
      await highlightsFollow(page);
    }
    await switchTo(page, false);
    await change(page, 'after');
    await showsWhatItRendered(page);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a card on hovering painted text, and next makes a mention current with its card', async () => {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.url('/keeper.html'));
    await waitForMentions(page, 4);
    await page.bringToFront();
    const cardText = () =>
      page.evaluate(
        () =>
          document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card')
            ?.textContent ?? '',
      );
    // The middle of the first painted range of a person: what the pointer rests on.
    const point = await page.evaluate(
      (name) => {
        const person = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          name,
        )!;
        const box = [...person][0]!.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      },
      await nameOf(page, 'person'),
    );
    await page.mouse.move(point.x, point.y);
    await page.waitForFunction(
      () => (document.querySelector('summit-lens-card')?.shadowRoot?.textContent ?? '') !== '',
    );
    expect(await cardText()).toContain('Macron');
    await page.mouse.move(5, 650);
    await page.waitForFunction(
      () => !document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card'),
    );
    const control = await controlFor(page);
    const tabId = await control.tabIdOf(page.url());
    expect(await control.move(tabId, 'next')).toBe(true);
    expect(await control.move(tabId, 'next')).toBe(true);
    // The current mention's highlight is the one raised above the others.
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
    expect(await cardText()).not.toBe('');
    await page.keyboard.press('Tab');
    const inCard = await page.evaluate(
      () => document.activeElement?.tagName.toLowerCase() === 'summit-lens-card',
    );
    expect(inCard).toBe(true);
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      () => !document.querySelector('summit-lens-card')?.shadowRoot?.querySelector('.card'),
    );
    await page.close();
  });

  it('a script that keeps a text node finds it whole, edits it, and loses nothing when switched off', async () => {
    const page = await ext.browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url('/keeper.html'));
    await waitForMentions(page, 4);
    type Check = { node: string; expected: string; shown: string; attached: boolean };
    const check = () =>
      page.evaluate(() => (window as unknown as { app: { check(): Check } }).app.check());
    const whole = async () => {
      const now = await check();
      expect(now).toEqual({
        node: now.expected,
        expected: now.expected,
        shown: now.expected,
        attached: true,
      });
    };
    await whole();
    for (const name of ['append', 'replace']) {
      await change(page, name);
      await whole();
      await highlightsFollow(page);
    }
    await switchTo(page, false);
    await whole();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.each(browserTargets())("wrapped highlights on a script's page in $name", (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), frameworkRoutes());
    ext = await launchWithExtension(target, { wrapped: true });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  // What the wrapped renderer promises: Tab reaches the highlights, and switching off gives a
  // page that has not edited its text since the very same nodes back. What it cannot: a
  // script that keeps a text node finds it cut down to the text before the first highlight
  // (the options say so of pages built with React or Vue).
  it('wraps in marks Tab reaches, cuts a kept node, and gives it back whole when switched off', async () => {
    const page = await ext.browser.newPage();
    await page.goto(server.url('/keeper.html'));
    await waitForMentions(page, 4);
    expect(
      await page.$$eval('mark.summit-lens-mark[tabindex="0"]', (m) => m.length),
    ).toBeGreaterThan(3);
    type Check = { node: string; expected: string; shown: string; attached: boolean };
    const check = () =>
      page.evaluate(() => (window as unknown as { app: { check(): Check } }).app.check());
    const cut = await check();
    expect(cut.shown).toBe(cut.expected);
    expect(cut.node).not.toBe(cut.expected);
    const control = await controlFor(page);
    await control.setHighlighting(await control.tabIdOf(page.url()), false);
    const whole = await check();
    expect(whole).toEqual({
      node: whole.expected,
      expected: whole.expected,
      shown: whole.expected,
      attached: true,
    });
    await page.close();
  });
});
