import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { BrowserTarget } from './browsers';

/**
 * The internal UUID Firefox is told to give the extension, so that its pages have a known
 * address (moz-extension://UUID/). The add-on id it is keyed by is read off the build's
 * manifest, where wxt.config.ts (FIREFOX_ADDON_ID) put it.
 */
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

/** How launchBrowser starts a browser. */
export interface BrowserOptions {
  /** Whether Chromium may load extensions (default false: a baseline browser). */
  extensions?: boolean;
  /** The browser's language, as ReaderOptions.locale. */
  locale?: string;
  /**
   * `host:port` every request but those to 127.0.0.1 goes to. Default a dead port, so a test
   * can never reach (or wait on) the network; a recording proxy shows what tried to leave.
   */
  proxy?: string;
  /** Firefox: the add-on id to give the fixed internal UUID (see FIREFOX_UUID). */
  addonId?: string;
}

/** How launchWithExtension starts a browser: the reader's setup and the browser's. */
export interface LaunchOptions extends ReaderOptions, Pick<BrowserOptions, 'proxy'> {
  /** The unpacked extension to install (default the target's build, .output/<buildDir>). */
  extensionDir?: string;
  /** Runs before the extension is installed: what the reader had open (tabs it may not reach). */
  beforeInstall?: (browser: Browser) => Promise<unknown>;
}

/** The Firefox add-on id an unpacked extension's manifest declares, if any. */
function addonIdOf(extensionDir: string): string | undefined {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings?.gecko?.id;
}

/**
 * Launches the target headless with the built extension (or the one in `extensionDir`)
 * loaded unpacked, after `beforeInstall` if given, as the reader `options` describes. Every
 * request but those to 127.0.0.1 goes to `proxy` (default a dead one); loopback bypasses
 * proxies in both browsers.
 */
export async function launchWithExtension(
  target: BrowserTarget,
  options: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? path.resolve('.output', target.buildDir);
  const browser = await launchBrowser(target, {
    extensions: true,
    locale: options.locale,
    proxy: options.proxy,
    addonId: target.name === 'firefox' ? addonIdOf(extensionDir) : undefined,
  });
  // What the reader had open before installing (tabs the browser may not inject into).
  await options.beforeInstall?.(browser);
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

/** The extension browser that `browser` was launched as (the helpers reach tabs through it). */
export function extensionOf(browser: Browser): ExtensionBrowser {
  const ext = launched.get(browser);
  if (!ext) throw new Error('this browser was not launched with the extension');
  return ext;
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
 * those to 127.0.0.1 sent to `proxy`, a dead one by default (loopback bypasses proxies in
 * both browsers). Every launch of the suites and tools goes through here, so a page loaded
 * with and without Summit Lens differs only by the extension.
 */
export function launchBrowser(
  target: BrowserTarget,
  { extensions = false, locale, proxy = DEAD_PROXY, addonId }: BrowserOptions = {},
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
        `--proxy-server=http://${proxy}`,
      ],
    });
  }
  const [proxyHost, proxyPort] = proxy.split(':');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: target.executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(locale ? { 'intl.locale.requested': locale, 'intl.accept_languages': locale } : {}),
      ...(addonId
        ? { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_UUID }) }
        : {}),
      'network.proxy.type': 1,
      'network.proxy.http': proxyHost,
      'network.proxy.http_port': Number(proxyPort),
      'network.proxy.ssl': proxyHost,
      'network.proxy.ssl_port': Number(proxyPort),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
}
