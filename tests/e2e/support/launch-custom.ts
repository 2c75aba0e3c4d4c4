import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import type { BrowserTarget } from './browsers';
import { prepareReader, registerExtension, type ExtensionBrowser } from './launch';

/** Must match launch.ts: the add-on id and the internal UUID Firefox is told to give it. */
const FIREFOX_ADDON_ID = 'summit-lens@summitlens.example';
const FIREFOX_UUID = '6b1f3c52-59a8-4a6e-9d0f-5e2a7c1d0b11';

/** How to launch. */
export interface LaunchOptions {
  /** Install the built extension (default true). False gives a baseline browser. */
  extension?: boolean;
  /** `host:port` every non-loopback request goes to; default the dead port 127.0.0.1:9. */
  proxy?: string;
}

/**
 * Launches the target headless like launchWithExtension (launch.ts), with two knobs the
 * robustness and security suites need: no extension (a baseline to tell the page's own
 * errors from the extension's) and a chosen proxy (a recording one, to see every request
 * that tried to leave loopback). Without an extension, extensionUrl throws.
 */
export async function launchCustom(
  target: BrowserTarget,
  { extension = true, proxy = '127.0.0.1:9' }: LaunchOptions = {},
): Promise<ExtensionBrowser> {
  const [proxyHost, proxyPort] = proxy.split(':');
  const browser: Browser =
    target.name === 'chromium'
      ? await puppeteer.launch({
          executablePath: target.executablePath,
          headless: true,
          pipe: true,
          enableExtensions: extension,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            `--proxy-server=http://${proxy}`,
          ],
        })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: target.executablePath,
          headless: true,
          args: ['--remote-allow-system-access'],
          extraPrefsFirefox: {
            'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_UUID }),
            'network.proxy.type': 1,
            'network.proxy.http': proxyHost,
            'network.proxy.http_port': Number(proxyPort),
            'network.proxy.ssl': proxyHost,
            'network.proxy.ssl_port': Number(proxyPort),
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': false,
          },
        });
  let base: string | undefined;
  if (extension) {
    const id = await browser.installExtension(path.resolve('.output', target.buildDir));
    base =
      target.name === 'chromium' ? `chrome-extension://${id}/` : `moz-extension://${FIREFOX_UUID}/`;
  }
  const ext = registerExtension({
    target,
    browser,
    extensionUrl: (rest) => {
      if (base === undefined) throw new Error('launched without the extension');
      return base + rest;
    },
    close: () => browser.close(),
  });
  // A reader who has dismissed the page legend, as launchWithExtension's by default.
  if (extension) await prepareReader(ext);
  return ext;
}
