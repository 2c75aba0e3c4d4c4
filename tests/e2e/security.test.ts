import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportPage, reportTexts } from '../fixtures/news-page';
import { browserTargets } from './support/browsers';
import { auditBundle, rimCopies } from './support/bundle-audit';
import { watchAllTargets, type TargetWatch } from './support/cdp-requests';
import { openControl } from './support/control';
import {
  gotoExtensionPage,
  launchWithExtension,
  openPopup,
  type ExtensionBrowser,
} from './support/launch';
import { serveLogged, type LoggedServer } from './support/logged-server';
import { auditManifest } from './support/manifest-audit';
import { waitForMentions } from './support/mentions';
import { startRecordingProxy, type RecordingProxy } from './support/recording-proxy';
import { waitUntil } from './support/wait';

const report = reportTexts()[0]!;
const PAGES: Record<string, string> = {
  '/summit.html': reportPage(report.text),
  '/live.html': readFileSync(path.resolve('tests/fixtures/pages/live.html'), 'utf8'),
};

describe.each(browserTargets())('security of the $name build', (target) => {
  const dir = path.resolve('.output', target.buildDir);

  it('its bundles hold no dynamic code, no network API, no remote URL', () => {
    expect(auditBundle(dir)).toEqual([]);
  });

  it('its highlighter carries no copy of the polyfill, messaging or storage: the gate hands them over', () => {
    const copies = rimCopies(dir);
    expect(copies['highlighter.js']).toBeUndefined();
    expect(copies['content-scripts/content.js']).toEqual([
      'webextension-polyfill',
      'runtime messaging',
      'settings storage',
    ]);
  });

  it('its manifest asks only for the expected permissions and relaxes nothing', () => {
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    expect(auditManifest(manifest, dir)).toEqual([]);
  });
});

describe('the bundle audit', () => {
  it('does catch what it looks for', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'audit-'));
    writeFileSync(
      path.join(dir, 'bad.js'),
      'eval("1");new Function("x");fetch("https://evil.example/x");setTimeout("go()",1);',
    );
    writeFileSync(path.join(dir, 'bad.html'), '<script src="https://cdn.example/a.js"></script>');
    const rules = auditBundle(dir).map((f) => f.rule);
    expect(rules).toEqual(
      expect.arrayContaining([
        'eval(',
        'new Function',
        'fetch',
        'string timer',
        'URL https://evil.example/x',
        'external https://cdn.example/a.js',
      ]),
    );
  });
});

/**
 * Hosts the browsers themselves call in the background (component updates, time, autofill,
 * accounts; Firefox remote settings), seen by the recording proxy with or without the
 * extension. Summit Lens has no business with any of them, so an extension request would
 * show up as another host.
 */
const BROWSER_SERVICES =
  /^(?:CONNECT|GET|POST) (?:https?:\/\/)?[\w.-]*\b(?:google\.com|googleapis\.com|gvt1\.com|gstatic\.com|mozilla\.(?:com|org|net)|firefox\.com)(?::\d+)?(?:\/|$)/;

describe.each(browserTargets())('no request leaves the page in $name', (target) => {
  let server: LoggedServer;
  let proxy: RecordingProxy;
  let ext: ExtensionBrowser;
  let cdp: TargetWatch | undefined;

  beforeAll(async () => {
    server = await serveLogged((pathname) =>
      PAGES[pathname] === undefined ? undefined : { body: PAGES[pathname]! },
    );
    proxy = await startRecordingProxy();
    ext = await launchWithExtension(target, { proxy: proxy.address });
    if (target.name === 'chromium') cdp = await watchAllTargets(ext.browser);
  });

  afterAll(async () => {
    await ext?.close();
    await Promise.all([server?.close(), proxy?.close()]);
  });

  it('content script, background, popup and options make no request of their own', async () => {
    const control = await openControl(ext);
    const page = await ext.browser.newPage();
    await page.goto(server.url('/summit.html'));
    await waitForMentions(page, 10);
    const tabId = await control.tabIdOf(server.url('/summit.html'));
    const popup = await openPopup(ext, tabId);
    await control.setHighlighting(tabId, false);
    await control.setHighlighting(tabId, true);
    await page.reload();
    await waitForMentions(page, 10);
    await page.goto(server.url('/live.html'));
    // The live page adds a paragraph on a timer, and a tab hidden behind the popup has its
    // timers throttled (Firefox: once a second or less), so bring it to the front; then wait
    // for the state, polled (a hidden tab would run no animation frames).
    await page.bringToFront();
    await waitForMentions(page, 20, 30_000);
    const manifest = JSON.parse(
      readFileSync(path.resolve('.output', target.buildDir, 'manifest.json'), 'utf8'),
    );
    const optionsPage: string | undefined = manifest.options_ui?.page ?? manifest.options_page;
    if (optionsPage) {
      const options = await ext.browser.newPage();
      await gotoExtensionPage(options, ext.extensionUrl(optionsPage));
      // Rendered from the stored settings: the page has done what it does on opening.
      await options.waitForSelector('#restore-defaults');
      await options.close();
    }
    // Before reading the logs, what each part does has been done (no time left for more):
    // the popup shows the page's list, and the background has counted the live page's
    // highlights on the tab's badge.
    await popup.waitForSelector('.page-items li');
    const badge = () =>
      control.page.evaluate((id) => {
        type Api = { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
        const scope = globalThis as { browser?: Api; chrome?: Api };
        return (scope.browser ?? scope.chrome)!.action.getBadgeText({ tabId: id });
      }, tabId);
    const items = async () =>
      ((await control.summary(tabId)) as unknown as { items: unknown[] }).items.length;
    await waitUntil(
      async () => ({ badge: await badge(), items: await items() }),
      (now) => now.badge === String(now.items),
      { what: "the live page's count on the badge" },
    );
    await popup.close();
    await control.close();
    await page.close();

    expect(proxy.seen.filter((request) => !BROWSER_SERVICES.test(request))).toEqual([]);
    const asked = server.requests.map(
      (r) => `${r.method} ${new URL(r.url, server.origin).pathname}`,
    );
    const allowed = ['GET /summit.html', 'GET /live.html', 'GET /favicon.ico'];
    expect(asked.filter((r) => !allowed.includes(r))).toEqual([]);
    // Two loads of the summit page and one of the live page: nobody fetched them again.
    expect(asked.filter((r) => r === 'GET /summit.html')).toHaveLength(2);
    expect(asked.filter((r) => r === 'GET /live.html')).toHaveLength(1);
    if (cdp) {
      // The watch did cover the extension's service worker and pages.
      // Node gives non-special schemes an opaque origin, so compare prefixes.
      const extensionBase = ext.extensionUrl('');
      const types = cdp.attached
        .filter((t) => t.url().startsWith(extensionBase))
        .map((t) => t.type());
      expect(types).toEqual(expect.arrayContaining(['service_worker', 'page']));
      const foreign = cdp.requests.filter(({ url }) => {
        // The browser's own UI (chrome://) and inline data are no network requests.
        if (/^(?:data|blob|about|chrome):/.test(url)) return false;
        return !url.startsWith(server.origin + '/') && !url.startsWith(extensionBase);
      });
      expect(foreign).toEqual([]);
      expect(cdp.requests.some((r) => r.url.startsWith(server.origin))).toBe(true);
    }
  });
});
