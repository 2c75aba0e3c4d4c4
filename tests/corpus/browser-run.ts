/**
 * The built extension's side of the corpus score: every page of the corpus loaded in headless
 * Chromium with Summit Lens at its default settings, and what the content script made of it
 * (its page summary and the highlights it left, read through the DOM contract).
 */
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { browserTarget } from '../e2e/support/browsers';
import { openControl, type ExtensionControl, type SummaryReply } from '../e2e/support/control';
import { waitForStableMarks, withTimeout } from '../e2e/support/dom-probes';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/support/launch';
import { serveFixtures, type FixtureServer } from '../e2e/support/server';
import { paintedPieces, zipMentions } from '../e2e/support/mentions';
import { mapPool } from '../pages/pool';

/** One highlighted mention of a corpus page, its pieces joined. */
export interface BrowserMention {
  id: string;
  kind: string;
  status?: string;
  text: string;
  /** Whether the mention's first piece lies inside an element marked `data-story`. */
  inStory: boolean;
}

/** What the built extension made of one corpus page. */
export interface BrowserPageResult {
  /** The page's file name without `.html`. */
  name: string;
  /** The content script's page summary: `relevant`, `highlighted` and `reasons`. */
  relevant: boolean;
  highlighted: boolean;
  reasons: readonly string[];
  /** Each highlighted mention on the page, in document order. */
  mentions: BrowserMention[];
  /** Set when the page could not be judged (a timeout…); the other fields are then empty. */
  error?: string;
}

/** How runCorpusInBrowser runs. */
export interface BrowserRunOptions {
  /** The unpacked build to load (default `.output/chrome-mv3`). */
  extensionDir?: string;
  /** Pages open at once (default 2). */
  concurrency?: number;
  /** Time allowed to each page, from opening its tab to reading it, in ms (default 30 s). */
  timeoutMs?: number;
}

/** The performance mark the content script sets once its first pass is over (pass-marks.ts). */
const PASS_DONE_MARK = 'summit-lens:done';

/** How long the highlight count must stay unchanged, and how often it is read, in ms. */
const STABLE_MS = 600;
const POLL_MS = 200;

/** The browser, the control page and the server one run shares. */
interface Rig {
  ext: ExtensionBrowser;
  control: ExtensionControl;
  server: FixtureServer;
}

/**
 * Loads every named page of `pagesDir` (NAME.html) in headless Chromium with the built
 * extension at `extensionDir` (default .output/chrome-mv3), with the extension's default
 * settings, waits until the content script has judged the page and finished highlighting, and
 * reads the result. Pages are served from 127.0.0.1; every other request goes to a dead proxy.
 * Results are in the order of `names`; a page that fails gets `error` rather than failing the
 * run. The browser and the server are closed at the end, whatever happened.
 */
export async function runCorpusInBrowser(
  pagesDir: string,
  names: readonly string[],
  options: BrowserRunOptions = {},
): Promise<BrowserPageResult[]> {
  const { extensionDir, concurrency = 2, timeoutMs = 30_000 } = options;
  const server = await serveFixtures(path.resolve(pagesDir));
  let ext: ExtensionBrowser | undefined;
  try {
    const chromium = browserTarget('chromium');
    ext = await launchWithExtension(chromium, {
      extensionDir: extensionDir === undefined ? undefined : path.resolve(extensionDir),
    });
    const control = await openControl(ext);
    const rig: Rig = { ext, control, server };
    return await mapPool(names, concurrency, (name) => judgeOnePage(rig, name, timeoutMs));
  } finally {
    await ext?.close().catch(() => undefined);
    await server.close();
  }
}

/** Opens `name` in a tab of its own and reads its result within `timeoutMs`; never rejects. */
async function judgeOnePage(rig: Rig, name: string, timeoutMs: number): Promise<BrowserPageResult> {
  let tab: Page | undefined;
  try {
    tab = await rig.ext.browser.newPage();
    // alert() and confirm() would block the page (and the wait) until answered.
    tab.on('dialog', (dialog) => void dialog.dismiss());
    return await withTimeout(readJudgedPage(rig, tab, name, timeoutMs), timeoutMs, name);
  } catch (error) {
    return failedPage(name, messageOf(error));
  } finally {
    if (tab) await withTimeout(tab.close(), 5000, 'closing').catch(() => undefined);
  }
}

/**
 * Loads the page (a status other than 2xx is an error), waits for the content script's first
 * pass to end, finds the tab, waits for the highlights to stop changing, then reads the
 * summary and the mentions. On a page the gate left alone, the gate answers the summary
 * request itself: nothing judged, nothing highlighted.
 */
async function readJudgedPage(
  rig: Rig,
  tab: Page,
  name: string,
  timeoutMs: number,
): Promise<BrowserPageResult> {
  const url = rig.server.url('/' + encodeURIComponent(name) + '.html');
  const response = await tab.goto(url, { waitUntil: 'load', timeout: timeoutMs });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? 'nothing'}`);
  await waitForPassDone(tab, timeoutMs);
  const tabId = await rig.control.tabIdOf(url, timeoutMs);
  const settling = await waitForStableMarks(tab, {
    quietMs: STABLE_MS,
    intervalMs: POLL_MS,
    timeoutMs,
  });
  if (!settling.settled) throw new Error(`highlights still changing after ${settling.ms} ms`);
  const summary = await rig.control.summary(tabId);
  return { name, ...verdictOf(summary), mentions: await storyMentionsOf(rig, tab, tabId) };
}

/**
 * Waits for the content script's `summit-lens:done` mark, which the page's own world sees:
 * set once the page is wrapped, or left alone (by the gate, or by the judge), after the
 * verdict is in the summary.
 */
async function waitForPassDone(tab: Page, timeoutMs: number): Promise<void> {
  await tab.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    { timeout: timeoutMs, polling: POLL_MS },
    PASS_DONE_MARK,
  );
}

/** The summary's verdict fields, copied out of the reply. */
function verdictOf(
  summary: SummaryReply,
): Pick<BrowserPageResult, 'relevant' | 'highlighted' | 'reasons'> {
  const { relevant, highlighted, reasons } = summary as SummaryReply & { reasons?: string[] };
  return { relevant, highlighted, reasons: [...(reasons ?? [])] };
}

/**
 * The page's highlighted mentions in document order, as its content script lists them and
 * checked against what the page paints, each with whether its first piece lies in the story.
 */
async function storyMentionsOf(rig: Rig, tab: Page, tabId: number): Promise<BrowserMention[]> {
  const mentions = zipMentions(await rig.control.highlights(tabId), await paintedPieces(tab));
  return mentions.map(({ id, kind, status, text, inStory }) => ({
    id,
    kind,
    ...(status === undefined ? {} : { status }),
    text,
    inStory,
  }));
}

/** The result of a page that could not be judged. */
function failedPage(name: string, error: string): BrowserPageResult {
  return { name, relevant: false, highlighted: false, reasons: [], mentions: [], error };
}

/** The first line of an error's message. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.slice(0, 300);
}
