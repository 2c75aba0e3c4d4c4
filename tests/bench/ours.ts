import type { Page } from 'puppeteer-core';
import type { BenchBrowsers } from './browsers';
import { newBenchPage } from './browsers';
import { heapAfterGc, type HeapUsage } from './heap';
import type { ExtensionBrowser } from '../e2e/support/launch';
import type { BenchPage } from './pages/page-set';
import { afterFrames, sleep } from './settle';
import { analyseTasks, type TaskAnalysis } from './tasks';
import { isContentScriptCode, isContentScriptOrDispatch, traced } from './trace';
import { HIGHLIGHTED_MARK, IN_VIEW_MARK } from '../../src/content/highlight-switch';

/** One run of Summit Lens on one page. Times in ms. */
export interface OursRun {
  /** `summit-lens` measure of the initial pass (the gate's start to the pass's end). */
  measure?: number;
  /** The trace of the load: the content script's evaluation and every later task of it. */
  load?: TaskAnalysis;
  /** The trace of the forced pass (`setHighlighting` on), on pages that did not qualify. */
  forced?: TaskAnalysis;
  /** Painted ranges (or, wrapped, distinct mentions in the DOM) at the end. */
  highlights: number;
  heap?: HeapUsage;
  /** Unrelated pages: whether the DOM equals the page as served (parsed the same way). */
  domUnchanged?: boolean;
  error?: string;
}

const countMentions = `(() => {
  let painted = 0;
  // Our highlights' names are random; the bench pages register none of their own, and the
  // current mention's highlight (raised above the others) repeats a mention.
  for (const h of CSS.highlights?.values() ?? []) if (h.priority === 0) painted += h.size;
  const wrapped = new Set([...document.querySelectorAll('[data-summit-mention]')]
    .map((m) => m.getAttribute('data-summit-mention'))).size;
  return painted + wrapped;
})()`;

/**
 * Loads `page` in the extension's browser under a trace, waits for the content script's
 * measure (and for a live page, its last addition and the observer's batches), then, when
 * the page is to be forced and nothing was highlighted, sends `setHighlighting` on under a
 * second trace. `ext` is the browser to load it in: the floor's takes the same measures.
 */
export async function measureOurs(
  b: BenchBrowsers,
  url: string,
  page: BenchPage,
  withHeap: boolean,
  ext: ExtensionBrowser = b.ext,
): Promise<OursRun> {
  const tab = await newBenchPage(ext.browser);
  try {
    const loadEvents = await traced(tab, async () => {
      await tab.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
      await tab.waitForFunction(() => performance.getEntriesByName('summit-lens').length > 0, {
        timeout: 120_000,
        polling: 50,
      });
      if (page.group === 'live') {
        await tab.waitForFunction(() => document.documentElement.dataset.liveDone === '1', {
          timeout: 30_000,
        });
        await sleep(1500); // the observer delivers in idle time, at most every ~200 ms
      }
      await afterFrames(tab);
    });
    const measure = await tab.evaluate(
      () => performance.getEntriesByName('summit-lens')[0]?.duration,
    );
    const run: OursRun = {
      ...(measure === undefined ? {} : { measure }),
      load: analyseTasks(loadEvents, isContentScriptCode, 'summit-lens:done', IN_VIEW_MARK),
      highlights: (await tab.evaluate(countMentions)) as number,
    };
    if (page.force && run.highlights === 0) {
      const tabId = await b.control.tabIdOf(url);
      const marks = (name: string) => performance.getEntriesByName(name).length;
      const before = await tab.evaluate(marks, HIGHLIGHTED_MARK);
      const events = await traced(tab, async () => {
        await b.control.setHighlighting(tabId, true);
        // The pass is sliced: it ends with its mark, some tasks after the message's.
        await tab.waitForFunction(
          (name, n) => performance.getEntriesByName(name).length > n,
          { timeout: 60_000, polling: 50 },
          HIGHLIGHTED_MARK,
          before,
        );
        await afterFrames(tab);
      });
      const thread = loadEvents.find(isContentScriptCode);
      const forced =
        thread &&
        analyseTasks(events, isContentScriptOrDispatch(thread), HIGHLIGHTED_MARK, IN_VIEW_MARK);
      if (forced) run.forced = forced;
      else run.error = 'forced pass not found in the trace';
      run.highlights = (await tab.evaluate(countMentions)) as number;
    }
    if (page.group === 'unrelated') run.domUnchanged = await domUnchanged(tab);
    if (withHeap) run.heap = await heapAfterGc(tab);
    return run;
  } catch (error) {
    return { highlights: 0, error: String(error).slice(0, 200) };
  } finally {
    await tab.close();
  }
}

/** Whether the live DOM equals the served HTML parsed by the same browser. */
function domUnchanged(tab: Page): Promise<boolean> {
  return tab.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(html, 'text/html');
    return served.documentElement.outerHTML === document.documentElement.outerHTML;
  });
}
