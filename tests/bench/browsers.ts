import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { browserTarget } from '../e2e/support/browsers';
import { openControl, type ExtensionControl } from '../e2e/support/control';
import { launchBrowser, launchWithExtension, type ExtensionBrowser } from '../e2e/support/launch';

/** Where `npm run bench` builds the floor extension. */
export const FLOOR_DIR = 'tests/bench/floor/.output/chrome-mv3';

/** The browsers of a run: one with Summit Lens, one without (for the baselines). */
export interface BenchBrowsers {
  ext: ExtensionBrowser;
  /** The floor: the same browser with an empty WXT content script (tests/bench/floor). */
  floor: ExtensionBrowser;
  plain: Browser;
  /** An extension page kept open to message content scripts from. */
  control: ExtensionControl;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium three times with the same flags: with the built extension
 * (its renderer painted, or `wrapped` as the reader may choose), with
 * the floor extension (built by `npm run bench`), and without any (a clean profile for
 * mark.js and the bare painter). Every non-loopback request goes to a dead proxy in all.
 */
export async function launchBenchBrowsers(wrapped = false): Promise<BenchBrowsers> {
  const target = browserTarget('chromium');
  const ext = await launchWithExtension(target, { wrapped });
  const floor = await launchWithExtension(target, { extensionDir: path.resolve(FLOOR_DIR) });
  const plain = await launchBrowser(target);
  const control = await openControl(ext);
  return {
    ext,
    floor,
    plain,
    control,
    close: async () => {
      await ext.close();
      await floor.close();
      await plain.close();
    },
  };
}

/**
 * Opens a tab of `browser` at the benchmark's viewport. Dialogs (real pages call `alert`) are
 * dismissed at once: an open dialog blocks the page's main thread and every CDP evaluation.
 */
export async function newBenchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.setViewport({ width: 1280, height: 800 });
  return page;
}
