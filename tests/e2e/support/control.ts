import type { Page } from 'puppeteer-core';
import { gotoExtensionPage, type ExtensionBrowser } from './launch';
import { waitUntil } from './wait';

/** What a content script answers about its page (the fields the tests read). */
export interface SummaryReply {
  url: string;
  relevant: boolean;
  highlighted: boolean;
}

/** One highlight as the content script lists it (src/highlight/renderer.ts, MentionListing). */
export interface ListedHighlight {
  id: string;
  kind: string;
  text: string;
  value?: number;
  status?: string;
  /** The registry name it is painted under (painted highlights only; random per page load). */
  highlight?: string;
}

/**
 * One extension page kept open to talk to content scripts over the extension's own wire
 * format, as the popup does: cheaper than opening a page per message when a run drives
 * hundreds of tabs.
 */
export interface ExtensionControl {
  /** The tab id of the tab showing `url`; retries while its content script starts. */
  tabIdOf(url: string, timeoutMs?: number): Promise<number>;
  /** Sends `setHighlighting` to the top frame of `tabId` and returns the new summary. */
  setHighlighting(tabId: number, on: boolean): Promise<SummaryReply>;
  /** Asks the content script of `tabId` for its page summary. */
  summary(tabId: number): Promise<SummaryReply>;
  /** Asks the content script of `tabId` for every highlight it shows (`listHighlights`). */
  highlights(tabId: number): Promise<ListedHighlight[]>;
  /** Sends `moveHighlight` to `tabId`; whether there was a highlight to move to. */
  move(tabId: number, direction: 'next' | 'previous'): Promise<boolean>;
  /**
   * Sends any message of the extension's wire format to the top frame of `tabId`, as the
   * popup or the background (a keyboard command) does, and returns the answer.
   */
  send(tabId: number, type: string, data?: unknown): Promise<unknown>;
  /**
   * Waits until the content script of the tab showing `url` has ended its first pass (the
   * `summit-lens:done` mark of pass-marks.ts: the page highlighted, or left alone), and tells
   * whether the highlighter runs there. The positive signal a test waits for before it says
   * a page was left alone: the gate's answer to a message comes before its decision.
   */
  firstPass(url: string, timeoutMs?: number): Promise<{ highlighting: boolean }>;
  /**
   * Reads storage.local in the content-script world of `tabId` and waits for the answer: the
   * browser answers one world's storage reads in order, so every read its content script
   * made before (the page legend's "still wanted?") has been answered too.
   */
  storageRound(tabId: number): Promise<void>;
  /**
   * Starts recording, in the content-script world of `tabId`, every settings change the
   * browser tells it of (storage.onChanged). An event reaches all the listeners of a world
   * in one task, so a change recorded is a change the content script has handled.
   */
  recordSettings(tabId: number): Promise<void>;
  /** The new settings of each change recorded in `tabId` so far (see recordSettings). */
  recordedSettings(tabId: number): Promise<Record<string, unknown>[]>;
  /** The extension page the control talks through. */
  readonly page: Page;
  close(): Promise<void>;
}

/** The extension API as the control page sees it (the parts used here). */
type ScriptingApi = {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: {
    executeScript(o: {
      target: { tabId: number };
      func: () => unknown;
    }): Promise<{ result?: unknown }[]>;
  };
};

/** Sends one envelope to a tab from inside an extension page (runs in that page). */
function sendInPage(page: Page, tabId: number, type: string, data?: unknown): Promise<unknown> {
  return page.evaluate(
    (id, type, data) => {
      type Api = { tabs: { sendMessage(id: number, m: object, o: object): Promise<unknown> } };
      const scope = globalThis as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome)!;
      return api.tabs.sendMessage(id, { summitLens: 1, type, data }, { frameId: 0 });
    },
    tabId,
    type,
    data,
  );
}

/** Opens the control page (`popup.html?tabId=-1`, which shows no tab) in `ext`. */
export async function openControl(ext: ExtensionBrowser): Promise<ExtensionControl> {
  const page = await ext.browser.newPage();
  await gotoExtensionPage(page, ext.extensionUrl('popup.html?tabId=-1'));
  return {
    async tabIdOf(url, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const id = await page.evaluate(async (wanted) => {
          type Tab = { id?: number };
          type Api = {
            tabs: {
              query(q: object): Promise<Tab[]>;
              sendMessage(id: number, m: object, o: object): Promise<{ url?: string } | undefined>;
            };
          };
          const scope = globalThis as { browser?: Api; chrome?: Api };
          const api = (scope.browser ?? scope.chrome)!;
          const tabs = (await api.tabs.query({})).filter((tab) => tab.id !== undefined);
          // The first tab that answers with the URL wins: a tab whose page is busy must not
          // hold up the others, so nobody waits more than a second for the rest.
          // No named inner functions here: tsx would wrap them in a `__name` helper that
          // does not exist in the page.
          return new Promise<number | undefined>((resolve) => {
            let pending = tabs.length;
            setTimeout(() => resolve(undefined), 1000);
            if (pending === 0) resolve(undefined);
            for (const tab of tabs) {
              api.tabs
                .sendMessage(tab.id!, { summitLens: 1, type: 'getPageSummary' }, { frameId: 0 })
                .catch(() => undefined)
                .then((summary) => {
                  if (summary?.url === wanted) resolve(tab.id);
                  else if (--pending <= 0) resolve(undefined);
                });
            }
          });
        }, url);
        if (id !== undefined) return id;
        if (Date.now() > deadline) throw new Error(`no content script answers for ${url}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    setHighlighting: async (tabId, on) =>
      (await sendInPage(page, tabId, 'setHighlighting', { on })) as SummaryReply,
    summary: async (tabId) => (await sendInPage(page, tabId, 'getPageSummary')) as SummaryReply,
    highlights: async (tabId) =>
      ((await sendInPage(page, tabId, 'listHighlights')) as ListedHighlight[] | undefined) ?? [],
    move: async (tabId, direction) =>
      (await sendInPage(page, tabId, 'moveHighlight', { direction })) as boolean,
    send: (tabId, type, data) => sendInPage(page, tabId, type, data),
    firstPass: (url, timeoutMs = 10_000) =>
      waitUntil(
        () =>
          page.evaluate(async (wanted) => {
            const scope = globalThis as { browser?: ScriptingApi; chrome?: ScriptingApi };
            const api = (scope.browser ?? scope.chrome)!;
            // Firefox's match patterns take no port: compare the URLs instead.
            const tab = (await api.tabs.query({})).find((t) => t.url === wanted);
            if (tab?.id === undefined) return undefined;
            // Runs in the content script's world, where the highlighter offers itself.
            const [injected] = await api.scripting
              .executeScript({
                target: { tabId: tab.id },
                func: () => ({
                  done: performance.getEntriesByName('summit-lens:done').length > 0,
                  highlighting:
                    typeof (globalThis as Record<string, unknown>).__summitHighlighterStart ===
                    'function',
                }),
              })
              .catch(() => []);
            const result = injected?.result as { done: boolean; highlighting: boolean } | undefined;
            return result?.done ? { highlighting: result.highlighting } : undefined;
          }, url),
        (pass) => pass !== undefined,
        { what: `the first pass on ${url}`, timeoutMs },
      ) as Promise<{ highlighting: boolean }>,
    storageRound: async (tabId) => {
      await page.evaluate(async (id) => {
        const scope = globalThis as { browser?: ScriptingApi; chrome?: ScriptingApi };
        await (scope.browser ?? scope.chrome)!.scripting.executeScript({
          target: { tabId: id },
          func: async () => {
            type Storage = { storage: { local: { get(k: null): Promise<unknown> } } };
            const world = globalThis as { browser?: Storage; chrome?: Storage };
            await (world.browser ?? world.chrome)!.storage.local.get(null);
            return true;
          },
        });
      }, tabId);
    },
    recordSettings: async (tabId) => {
      await page.evaluate(async (id) => {
        const scope = globalThis as { browser?: ScriptingApi; chrome?: ScriptingApi };
        await (scope.browser ?? scope.chrome)!.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            type Change = Record<string, { newValue?: unknown }>;
            type Events = {
              storage: { onChanged: { addListener(l: (c: Change, area: string) => void): void } };
            };
            const world = globalThis as {
              browser?: Events;
              chrome?: Events;
              __summitSettingsSeen?: unknown[];
            };
            if (world.__summitSettingsSeen) return true;
            const seen: unknown[] = (world.__summitSettingsSeen = []);
            (world.browser ?? world.chrome)!.storage.onChanged.addListener((changes, area) => {
              if (area === 'sync' && changes.settings) seen.push(changes.settings.newValue);
            });
            return true;
          },
        });
      }, tabId);
    },
    recordedSettings: async (tabId) =>
      page.evaluate(async (id) => {
        const scope = globalThis as { browser?: ScriptingApi; chrome?: ScriptingApi };
        const [read] = await (scope.browser ?? scope.chrome)!.scripting.executeScript({
          target: { tabId: id },
          func: () => (globalThis as { __summitSettingsSeen?: unknown[] }).__summitSettingsSeen,
        });
        return (read?.result ?? []) as Record<string, unknown>[];
      }, tabId),
    page,
    close: () => page.close(),
  };
}

/**
 * The tab id of the tab showing `url`, through a control page opened for the question and
 * closed after; retries while the tab's content script starts. Tests that ask often keep a
 * control open instead (openControl, or controlFor in mentions.ts).
 */
export async function tabIdOf(ext: ExtensionBrowser, url: string): Promise<number> {
  const control = await openControl(ext);
  try {
    return await control.tabIdOf(url);
  } finally {
    await control.close();
  }
}
