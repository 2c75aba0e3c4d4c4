import type { Page } from 'puppeteer-core';
import { adversarialRoutes } from '../../fixtures/adversarial/routes';
import type { BrowserTarget } from './browsers';
import { openControl, type ExtensionControl, type SummaryReply } from './control';
import {
  drawnWhole,
  leftovers,
  marksInExcluded,
  snapshotDom,
  waitForStableMarks,
  withTimeout,
  type Settling,
} from './dom-probes';
import { launchWithExtension, type ExtensionBrowser } from './launch';
import { serveLogged, type LoggedServer } from './logged-server';
import { waitUntil } from './wait';

/** An adversarial fixture open in a tab, with what the tests watch on it. */
export interface OpenedCase {
  page: Page;
  tabId: number;
  /** Uncaught errors and unhandled rejections of the page (its frames included). */
  errors: string[];
  /** Forces highlighting on or off through the content script's `setHighlighting`. */
  force(on: boolean): Promise<SummaryReply>;
}

/** A browser with the extension, the fixture server and a second origin for iframes. */
export interface RobustnessRig {
  ext: ExtensionBrowser;
  control: ExtensionControl;
  server: LoggedServer;
  /** The same fixtures on another port: a cross-origin site. */
  cross: LoggedServer;
  /** Opens `pathname` of the fixture server in a new tab once its content script answers. */
  open(pathname: string, setup?: (page: Page) => Promise<unknown>): Promise<OpenedCase>;
  close(): Promise<void>;
}

/** Starts the servers and the browser for the robustness suites. */
export async function startRobustnessRig(target: BrowserTarget): Promise<RobustnessRig> {
  const cross = await serveLogged((pathname, req) => routes(pathname, req));
  const server = await serveLogged((pathname, req) => routes(pathname, req));
  const routes = adversarialRoutes(cross.origin);
  const ext = await launchWithExtension(target, { wrapped: true });
  const control = await openControl(ext);
  return {
    ext,
    control,
    server,
    cross,
    async open(pathname, setup) {
      const page = await ext.browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String((error as Error).message ?? error)));
      await setup?.(page);
      const url = server.url(pathname);
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
      const tabId = await control.tabIdOf(url, 20_000);
      return { page, tabId, errors, force: (on) => control.setHighlighting(tabId, on) };
    },
    async close() {
      await control.close().catch(() => undefined);
      await ext.close();
      await Promise.all([server.close(), cross.close()]);
    },
  };
}

/** How the page's own script is doing (see HEALTH_KIT in fixtures/adversarial). */
export interface Health {
  /** Heartbeats (20 ms interval) counted from the start until at least one came (0: none in 10 s). */
  beats: number;
  /** Whether a click on `#ping` was counted by the page. */
  clicked: boolean;
  /** Slowest round trip of a trivial evaluate during the window, in ms. */
  worstLatencyMs: number;
}

/**
 * Watches the page, brought to the front (a tab behind others has its timers throttled), for
 * `windowMs`: the round trip of a trivial evaluate (each bounded by 10 s, so a hung page fails
 * rather than stalls); then waits for its heartbeat to have moved on, and clicks `#ping`.
 */
export async function pageHealth(page: Page, windowMs = 1000): Promise<Health> {
  await page.bringToFront();
  const beatsNow = () =>
    withTimeout(
      page.evaluate(() => (globalThis as { beats?: number }).beats ?? 0),
      10_000,
      'evaluate',
    );
  const start = await beatsNow();
  let worstLatencyMs = 0;
  const until = Date.now() + windowMs;
  while (Date.now() < until) {
    const t = Date.now();
    await beatsNow();
    worstLatencyMs = Math.max(worstLatencyMs, Date.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const beats = await waitUntil(
    async () => (await beatsNow()) - start,
    (n) => n > 0,
    {
      what: 'a heartbeat',
    },
  ).catch(() => 0);
  const pings = () => page.evaluate(() => (globalThis as { pings?: number }).pings ?? 0);
  const before = await pings();
  await withTimeout(page.click('#ping'), 10_000, 'click');
  const clicked = (await pings()) === before + 1;
  return { beats, clicked, worstLatencyMs };
}

/** What roundTrip saw. */
export interface RoundTrip {
  /** Digest of the DOM with highlighting off, before and after the round (see snapshotDom). */
  before: string;
  after: string;
  /** The highlight count once on, and whether it settled. */
  settling: Settling;
  /** Highlights found inside excluded content while on (see marksInExcluded). */
  excluded: string[];
  /** Marks and own UI left after switching off. */
  left: { marks: number; ownUi: number };
}

/**
 * Switches highlighting off, takes a DOM digest, switches it on and waits until the whole
 * page is drawn and the count has settled, runs `whileOn`, switches off and takes the digest
 * again.
 */
export async function roundTrip(
  c: OpenedCase,
  whileOn: () => Promise<void> = async () => undefined,
): Promise<RoundTrip> {
  await c.force(false);
  const before = await snapshotDom(c.page, { digest: true });
  await drawnWhole(c.page, () => c.force(true));
  const settling = await waitForStableMarks(c.page, { timeoutMs: 15_000 });
  const excluded = await marksInExcluded(c.page);
  await whileOn();
  await c.force(false);
  const left = await leftovers(c.page);
  return { before, after: await snapshotDom(c.page, { digest: true }), settling, excluded, left };
}
