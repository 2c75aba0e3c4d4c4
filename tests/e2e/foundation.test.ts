import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTargets } from './support/browsers';
import { tabIdOf } from './support/control';
import {
  gotoExtensionPage,
  launchWithExtension,
  openPopup,
  type ExtensionBrowser,
} from './support/launch';
import { serveFixtures, type FixtureServer } from './support/server';
import { waitUntil } from './support/wait';

const report = reportTexts().find((r) => r.file.startsWith('002'))!;

describe.each(browserTargets())('foundation in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
      '/post-news.html': () => reportPage(report.text),
    });
    ext = await launchWithExtension(target);
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('installs, runs the content script on a served page, and renders the popup for it', async () => {
    const page = await ext.browser.newPage();
    const url = server.url('/post-news.html');
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    await popup.waitForSelector('#on-this-page');
    const heading = await popup.$eval('h1', (el) => el.textContent);
    expect(heading).toBe('Summit Lens');
    const names = await popup.$$eval('.item-name', (els) => els.map((el) => el.textContent));
    expect(names).toContain('Emmanuel Macron');
    // The toolbar badge counts the distinct actors and figures the popup lists.
    const badge = await popup.evaluate((id) => {
      type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
      const scope = globalThis as { browser?: Api; chrome?: Api };
      return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id });
    }, tabId);
    expect(badge).toBe(String(names.length));
    await popup.close();
    await page.close();
  });

  it('clears the badge when the tab moves on to a page the gate leaves alone', async () => {
    const page = await ext.browser.newPage();
    const url = server.url('/post-news.html');
    await page.goto(url);
    const tabId = await tabIdOf(ext, url);
    const popup = await openPopup(ext, tabId);
    const badgeOf = () =>
      popup.evaluate((id) => {
        type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        const scope = globalThis as { browser?: Api; chrome?: Api };
        return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id });
      }, tabId);
    const until = (wanted: (badge: string) => boolean) =>
      waitUntil(badgeOf, wanted, { what: 'the badge' });
    expect(Number(await until((b) => b !== ''))).toBeGreaterThan(10);
    await page.goto(server.url('/unrelated.html'));
    expect(await until((b) => b === '')).toBe('');
    await popup.close();
    await page.close();
  });

  it('names a tab it cannot read instead of failing', async () => {
    const popup = await openPopup(ext, 999_999);
    const status = await popup.$eval('[role=status]', (el) => el.textContent);
    expect(status).toMatch(/cannot read this tab/);
    await popup.close();
  });
});

// A tab the reader opened before installing: Chromium runs no content script in it until it
// is reloaded; Firefox runs the content scripts in the tabs already open.
describe.each(browserTargets())('a tab opened before install in $name', (target) => {
  let server: FixtureServer;
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    server = await serveFixtures(path.resolve('tests/fixtures/pages'), {
      '/post-news.html': () => reportPage(report.text),
    });
    ext = await launchWithExtension(target, {
      beforeInstall: async (browser) => {
        const page = await browser.newPage();
        await page.goto(server.url('/post-news.html'));
      },
    });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('is named plainly by the popup, and read once reloaded', async () => {
    const url = server.url('/post-news.html');
    const control = await ext.browser.newPage();
    await gotoExtensionPage(control, ext.extensionUrl('popup.html?tabId=-1'));
    const tabId = await control.evaluate(async (wanted) => {
      type Api = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
      const scope = globalThis as { browser?: Api; chrome?: Api };
      const tabs = await (scope.browser ?? scope.chrome)!.tabs.query({});
      return tabs.find((tab) => tab.url === wanted)?.id;
    }, url);
    expect(tabId).toBeGreaterThan(0);
    const popup = await openPopup(ext, tabId!);
    if (target.name === 'chromium') {
      const status = await popup.$eval('[role=status]', (el) => el.textContent);
      expect(status).toMatch(/has not started on this page.*Reload the page/);
      const [page] = (await ext.browser.pages()).filter((p) => p.url() === url);
      await page!.reload();
      await popup.reload();
      await popup.waitForSelector('.page-items li', { timeout: 10_000 });
    } else {
      await popup.waitForSelector('.page-items li', { timeout: 10_000 });
    }
    await popup.close();
    await control.close();
  });
});
