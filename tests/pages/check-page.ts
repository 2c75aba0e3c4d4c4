import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionControl } from '../e2e/support/control';
import {
  firstDifference,
  leftovers,
  marksInExcluded,
  snapshotDom,
  waitForStableMarks,
  rememberPageHighlights,
  withTimeout,
} from '../e2e/support/dom-probes';
import type { ExtensionBrowser } from '../e2e/support/launch';
import type { LoggedServer } from '../e2e/support/logged-server';

/** What checking one page needs: both browsers, the control page and the server. */
export interface Rig {
  ext: ExtensionBrowser;
  /** The same browser without the extension: errors seen there are the page's own. */
  plain: Browser;
  control: ExtensionControl;
  server: LoggedServer;
}

/** The verdict on one page. */
export interface PageResult {
  file: string;
  /** Highlight pieces once highlighting was forced on and settled. */
  marks: number;
  /** Time from navigation to the last check, the span bounded by the time limit. */
  ms: number;
  problems: string[];
  /** Facts worth a line that are not failures. */
  notes: string[];
  /** The step under way, then the milliseconds each step took (in the JSON report). */
  step: string;
  steps: Record<string, number>;
}

/** Time the page's own scripts get after load before the first snapshot, in ms. */
const SETTLE_PAGE_MS = 300;

/**
 * Loads `file` in both browsers and checks, with highlighting forced on then off: no page
 * error that the baseline browser did not also see, the highlight count settles, nothing is
 * marked in excluded content, no highlight or style is left behind, and the DOM is restored
 * node for node. All within `timeoutMs`.
 */
export async function checkPage(rig: Rig, file: string, timeoutMs: number): Promise<PageResult> {
  const started = Date.now();
  const result: PageResult = {
    file,
    marks: 0,
    ms: 0,
    problems: [],
    notes: [],
    step: '',
    steps: {},
  };
  const url = rig.server.url('/' + encodeURIComponent(file));
  const tab = await rig.ext.browser.newPage();
  const base = await rig.plain.newPage();
  const errors = collectErrors(tab);
  const baseErrors = collectErrors(base);
  // alert() and confirm() would block the page (and the check) until answered.
  for (const page of [tab, base]) page.on('dialog', (dialog) => void dialog.dismiss());
  const baseLoad = base.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch(() => null);
  try {
    await withTimeout(exercise(rig, tab, url, result), timeoutMs, 'the page');
    result.ms = Date.now() - started;
  } catch (error) {
    result.ms = Date.now() - started;
    result.problems.push(`${messageOf(error)} (during ${result.step})`);
  }
  await baseLoad;
  for (const error of introducedErrors(errors, baseErrors)) {
    result.problems.push(`page error not seen without the extension: ${error}`);
  }
  await Promise.all([closeQuietly(tab), closeQuietly(base)]);
  return result;
}

async function exercise(rig: Rig, tab: Page, url: string, result: PageResult): Promise<void> {
  let since = Date.now();
  const step = (name: string): void => {
    if (result.step)
      result.steps[result.step] = (result.steps[result.step] ?? 0) + Date.now() - since;
    result.step = name;
    since = Date.now();
  };
  step('load');
  // The content script runs at document_idle, which does not wait for a straggling image.
  await tab.goto(url, { waitUntil: 'load', timeout: 5000 }).catch((error: unknown) => {
    result.notes.push(`load: ${messageOf(error)}`);
  });
  if (tab.url() !== url) result.notes.push(`page moved to ${tab.url()}`);
  step('find tab');
  const tabId = await rig.control.tabIdOf(tab.url(), 8000);
  step('off');
  await rig.control.setHighlighting(tabId, false);
  await sleep(SETTLE_PAGE_MS);
  // A page may register highlights of its own (its search, say): the probes leave them out.
  await rememberPageHighlights(tab);
  const round = async (): Promise<{ before: string; after: string }> => {
    step('snapshot');
    const before = await snapshotDom(tab);
    step('on');
    const on = await rig.control.setHighlighting(tabId, true);
    if (!on.highlighted) result.problems.push('setHighlighting on did not switch it on');
    step('settle');
    const settling = await waitForStableMarks(tab);
    result.marks = settling.count;
    if (!settling.settled) result.problems.push(`marks still changing after ${settling.ms} ms`);
    for (const bad of await marksInExcluded(tab)) result.problems.push(`marked in ${bad}`);
    step('off');
    await rig.control.setHighlighting(tabId, false);
    const left = await leftovers(tab);
    if (left.marks + left.ownUi + left.registered > 0) {
      result.problems.push(
        `left behind ${left.marks} highlights, ${left.ownUi} own elements, ` +
          `${left.registered} registered highlights`,
      );
    }
    step('snapshot');
    const after = await snapshotDom(tab);
    step('');
    return { before, after };
  };
  const first = await round();
  const diff = firstDifference(first.before, first.after);
  if (diff === undefined) return;
  // The page may have changed itself meanwhile (a timed animation, a late widget): once it
  // has been quiet for a while, a round that still does not restore it is a real failure.
  for (let retry = 0; retry < 2; retry++) {
    step('wait for the page to be quiet');
    if (!(await quietPage(tab, QUIET_MS, QUIET_WAIT_MS))) {
      result.notes.push(`page keeps changing itself; exact restoration not checked (${diff})`);
      step('');
      return;
    }
    const again = await round();
    if (again.before === again.after) {
      result.notes.push('the page changed itself during an earlier round');
      return;
    }
  }
  result.problems.push(`DOM not restored ${diff}`);
  step('');
}

/** How long the page must go unchanged to count as quiet, and how long to wait for that. */
const QUIET_MS = 700;
const QUIET_WAIT_MS = 4000;

/**
 * Waits until two snapshots of the page `quietMs` apart are the same; false when the page
 * is still changing itself after `waitMs`.
 */
async function quietPage(tab: Page, quietMs: number, waitMs: number): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  let last = await snapshotDom(tab);
  while (Date.now() < deadline) {
    await sleep(quietMs);
    const next = await snapshotDom(tab);
    if (next === last) return true;
    last = next;
  }
  return false;
}

/** Collects the page's uncaught errors and unhandled rejections as messages. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(messageOf(error)));
  return errors;
}

/**
 * Errors of `seen` that `baseline` never saw, each once. Counts are not compared: the page's
 * timers may throw the same error more often in the run that stays open longer.
 */
export function introducedErrors(seen: readonly string[], baseline: readonly string[]): string[] {
  const known = new Set(baseline);
  return [...new Set(seen.filter((error) => !known.has(error)))];
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}

async function closeQuietly(page: Page): Promise<void> {
  await withTimeout(page.close(), 5000, 'closing').catch(() => undefined);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
