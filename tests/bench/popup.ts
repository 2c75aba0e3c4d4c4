import type { BenchBrowsers } from './browsers';
import { newBenchPage } from './browsers';
import { gotoExtensionPage } from '../e2e/support/launch';
import { median } from './stats';

/** Popup first render, ms from navigation start: first contentful paint, per repeat. */
export interface PopupTiming {
  firstContentfulPaint: number[];
  median?: number;
  /** Median ms from navigation start to the HTML parsed (before the popup's script runs). */
  domInteractive?: number;
  /** Median ms the popup's module script took (DOMContentLoaded start minus domInteractive). */
  script?: number;
}

/**
 * Opens a report page, then the popup for its tab `repeats` times at 400×600 (it bundles the
 * full dataset and asks the page for its summary), reading First Contentful Paint from the
 * Paint Timing API once its heading is there.
 */
export async function measurePopup(
  b: BenchBrowsers,
  pageUrl: string,
  repeats: number,
): Promise<PopupTiming> {
  const tab = await newBenchPage(b.ext.browser);
  await tab.goto(pageUrl, { waitUntil: 'load' });
  const tabId = await b.control.tabIdOf(pageUrl);
  const times: number[] = [];
  const interactive: number[] = [];
  const scripts: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const popup = await b.ext.browser.newPage();
    await popup.setViewport({ width: 400, height: 600 });
    await gotoExtensionPage(popup, b.ext.extensionUrl(`popup.html?tabId=${tabId}`));
    await popup.waitForSelector('main h1');
    const fcp = await popup.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      { timeout: 10_000 },
    );
    times.push((await fcp.jsonValue()) as number);
    const nav = await popup.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { interactive: entry.domInteractive, dcl: entry.domContentLoadedEventStart };
    });
    interactive.push(nav.interactive);
    scripts.push(nav.dcl - nav.interactive);
    await popup.close();
  }
  await tab.close();
  return {
    firstContentfulPaint: times,
    median: median(times),
    domInteractive: median(interactive),
    script: median(scripts),
  };
}
