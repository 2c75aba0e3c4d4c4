import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserTarget } from './browsers';

/** Add-on id from wxt.config.ts and the fixed internal UUID Firefox is told to give it. */
const FIREFOX_ADDON_ID = 'summit-lens@summitlens.example';
const FIREFOX_UUID = '6b1f3c52-59a8-4a6e-9d0f-5e2a7c1d0b11';

/** Nothing listens on port 9 (discard): every proxied request fails at once. */
const DEAD_PROXY = '127.0.0.1:9';

/** A running browser with Summit Lens installed. */
export interface ExtensionBrowser {
  target: BrowserTarget;
  browser: Browser;
  /** URL of a page of the extension, e.g. `popup.html?tabId=3`. */
  extensionUrl(pathAndQuery: string): string;
  close(): Promise<void>;
}

/** How the reader the browser plays has set things up before the test. */
export interface ReaderOptions {
  /** Highlights wrapped in `<mark>` elements (the options' "wrap highlights in the page"). */
  wrapped?: boolean;
  /** The browser's language (`fr`): the extension's pages follow it. Default: the system's. */
  locale?: string;
  /**
   * A first-time reader, who has not dismissed the page legend yet (default false: a reader
   * who has, so the suites about highlights see no legend unless they ask for it).
   */
  legend?: boolean;
}

/**
 * Launches the target headless with the built extension (or the one in `extensionDir`)
 * loaded unpacked, after `beforeInstall` if given, as the reader `options` describes. Every
 * request but those to 127.0.0.1 goes to a dead proxy, so a test can never reach (or wait on)
 * the network; loopback bypasses proxies in both browsers.
 */
export async function launchWithExtension(
  target: BrowserTarget,
  extensionDir = path.resolve('.output', target.buildDir),
  beforeInstall?: (browser: Browser) => Promise<unknown>,
  options: ReaderOptions = {},
): Promise<ExtensionBrowser> {
  const browser = await launchBrowser(target, true, options.locale);
  // What the reader had open before installing (tabs the browser may not inject into).
  await beforeInstall?.(browser);
  const id = await browser.installExtension(extensionDir);
  const base =
    target.name === 'chromium' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_UUID}/`;
  const ext: ExtensionBrowser = {
    target,
    browser,
    extensionUrl: (rest) => base + rest,
    close: () => browser.close(),
  };
  launched.set(browser, ext);
  // Only Summit Lens has the reader's settings to prepare (not the bench's floor extension).
  if (existsSync(path.join(extensionDir, 'popup.html'))) await prepareReader(ext, options);
  return ext;
}

/**
 * Stores what `options` says the reader chose, through an extension page, so that pages
 * opened from now on see it: wrapped highlights (for the suites that read highlights as
 * `<mark>` elements through the DOM contract), the page legend dismissed unless `legend`.
 */
export async function prepareReader(
  ext: ExtensionBrowser,
  { wrapped = false, legend = false }: ReaderOptions = {},
): Promise<void> {
  if (!wrapped && legend) return;
  const page = await ext.browser.newPage();
  try {
    await gotoExtensionPage(page, ext.extensionUrl('popup.html?tabId=-1'));
    await page.evaluate(
      async (wrapped, legend) => {
        type Area = { set(items: object): Promise<void> };
        type Api = { storage: { sync: Area; local: Area } };
        const scope = globalThis as { browser?: Api; chrome?: Api };
        const { storage } = (scope.browser ?? scope.chrome)!;
        if (wrapped) await storage.sync.set({ settings: { version: 2, wrapHighlights: true } });
        if (!legend) await storage.local.set({ legendDismissed: true });
      },
      wrapped,
      legend,
    );
  } finally {
    await page.close();
  }
}

const launched = new WeakMap<Browser, ExtensionBrowser>();

/** Records `ext` for extensionOf (launchers other than launchWithExtension call it). */
export function registerExtension(ext: ExtensionBrowser): ExtensionBrowser {
  launched.set(ext.browser, ext);
  return ext;
}

/** The extension browser that `browser` was launched as (the helpers reach tabs through it). */
export function extensionOf(browser: Browser): ExtensionBrowser {
  const ext = launched.get(browser);
  if (!ext) throw new Error('this browser was not launched with the extension');
  return ext;
}

/**
 * The extension's id for a tab showing `url`. Asked from inside an extension page (the only
 * place that sees tab ids): each tab's content script is asked for its page summary over the
 * extension's own wire format, and the one reporting `url` wins. Needs no `tabs` permission.
 * Retries briefly while the tab's content script starts.
 */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const page = await ext.browser.newPage();
  try {
    await gotoExtensionPage(page, ext.extensionUrl('popup.html?tabId=-1'));
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const id = await page.evaluate(async (wanted) => {
        type Tab = { id?: number };
        type Api = {
          tabs: {
            query(q: object): Promise<Tab[]>;
            sendMessage(id: number, m: object): Promise<{ url?: string } | undefined>;
          };
        };
        const scope = globalThis as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome)!;
        for (const tab of await api.tabs.query({})) {
          if (tab.id === undefined) continue;
          const summary = await api.tabs
            .sendMessage(tab.id, { summitLens: 1, type: 'getPageSummary' })
            .catch(() => undefined);
          if (summary?.url === wanted) return tab.id;
        }
        return undefined;
      }, url);
      if (id !== undefined) return id;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`no tab shows ${url}`);
  } finally {
    await page.close();
  }
}

/** Opens the popup page for a tab and waits until it has rendered its page view. */
export async function openPopup(ext: ExtensionBrowser, tabId: number): Promise<Page> {
  const page = await ext.browser.newPage();
  await page.setViewport({ width: 400, height: 600 });
  await gotoExtensionPage(page, ext.extensionUrl(`popup.html?tabId=${tabId}`));
  await page.waitForSelector('main h1');
  return page;
}

/**
 * Navigates to an extension page and waits until its document is parsed. Firefox's WebDriver
 * BiDi loads moz-extension:// pages but never settles the navigation, so the page's own state
 * is awaited instead of the navigation promise (whose late rejection is ignored).
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  page.goto(url, { waitUntil: 'domcontentloaded', timeout: 10_000 }).catch(() => undefined);
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    // Evaluation can fail while the navigation swaps documents; that is only "not yet".
    const ready = await page
      .evaluate((wanted) => location.href === wanted && document.readyState !== 'loading', url)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`extension page did not load: ${url}`);
}

/**
 * Launches the target headless, with or without extension support, with every request but
 * those to 127.0.0.1 sent to a dead proxy (loopback bypasses proxies in both browsers).
 * Tests that compare a page with and without Summit Lens launch both from here, so the two
 * loads differ only by the extension.
 */
export function launchBrowser(
  target: BrowserTarget,
  extensions: boolean,
  locale?: string,
): Promise<Browser> {
  if (target.name === 'chromium') {
    return puppeteer.launch({
      executablePath: target.executablePath,
      headless: true,
      pipe: true,
      enableExtensions: extensions,
      ...(locale ? { env: { ...process.env, LANGUAGE: locale, LANG: `${locale}.UTF-8` } } : {}),
      args: [
        ...(locale ? [`--lang=${locale}`, `--accept-lang=${locale}`] : []),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--proxy-server=http://${DEAD_PROXY}`,
      ],
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: target.executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': 9,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': 9,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
}
