/**
 * The one seam between Summit Lens and the browser's messaging, tabs and toolbar APIs.
 * Every message is typed here; popup, background and content script call these functions
 * and never `browser.runtime` / `browser.tabs` directly.
 */
import { browser } from 'wxt/browser';
import type { ItemCard } from './dataset/item-card';
import type { PageSummary } from './page/summary';

/** Requests and their responses, keyed by message type. */
export interface Protocol {
  /** popup -> content script: describe the page. */
  getPageSummary: { request: undefined; response: PageSummary };
  /** popup -> content script: switch highlighting on this page on or off. */
  setHighlighting: { request: { on: boolean }; response: PageSummary };
  /** content script -> background: the page's summary changed (badge). */
  pageSummaryChanged: { request: PageSummary; response: undefined };
  /** background -> content script: the toggle-highlighting command; switches it over. */
  toggleHighlighting: { request: undefined; response: PageSummary };
  /** background -> content script: the next/previous-highlight commands; false: none to go to. */
  moveHighlight: { request: { direction: 'next' | 'previous' }; response: boolean };
  /** content script -> background: the hover card of a dataset item (undefined: no such item). */
  getItemCard: { request: { id: string }; response: ItemCard | undefined };
  /** content script -> background: show an item's full cross-reference in the popup. */
  openItemInPopup: { request: { id: string }; response: undefined };
  /** popup -> content script: scroll to and flash the next mention of an item; false: none. */
  revealItem: { request: { id: string }; response: boolean };
  /**
   * content script (the gate) -> background: run the highlighter (`/lens.js`) in the sender's
   * frame; resolves once it has run.
   */
  loadLens: { request: undefined; response: undefined };
}

/** The messages a page's content script answers (the gate forwards them to the lens). */
export const CONTENT_MESSAGES = [
  'getPageSummary',
  'setHighlighting',
  'toggleHighlighting',
  'moveHighlight',
  'revealItem',
] as const satisfies readonly MessageType[];

export type MessageType = keyof Protocol;

/** The envelope on the wire. */
export interface Envelope<T extends MessageType = MessageType> {
  summitLens: 1;
  type: T;
  data: Protocol[T]['request'];
}

function envelope<T extends MessageType>(type: T, data: Protocol[T]['request']): Envelope<T> {
  return { summitLens: 1, type, data };
}

/** Whether a value received from the runtime is one of ours. */
export function isEnvelope(value: unknown): value is Envelope {
  return typeof value === 'object' && value !== null && (value as Envelope).summitLens === 1;
}

/** Sends a message to the content script of a tab (top frame). Rejects when none listens. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  data: Protocol[T]['request'],
): Promise<Protocol[T]['response']> {
  return browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 });
}

/** Sends a message to the extension's own pages and background. */
export async function sendToExtension<T extends MessageType>(
  type: T,
  data: Protocol[T]['request'],
): Promise<Protocol[T]['response']> {
  return browser.runtime.sendMessage(envelope(type, data));
}

/** Who sent a message: the tab and frame, for content-script messages. */
export interface Sender {
  tabId?: number;
  frameId?: number;
}

/** Handlers for some message types; the sender's tab and frame are passed along. */
export type Handlers = {
  [T in MessageType]?: (
    data: Protocol[T]['request'],
    sender: Sender,
  ) => Protocol[T]['response'] | Promise<Protocol[T]['response']>;
};

/**
 * Listens for messages of the given types until `signal` aborts. Messages of other types,
 * and anything that is not an envelope, are left for other listeners.
 */
export function onMessages(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as ((data: unknown, s: Sender) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(
      handler(message.data, { tabId: sender.tab?.id, frameId: sender.frameId }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/**
 * Runs the highlighter script (`/lens.js`, entrypoints/lens.ts) in one frame of a tab, in the
 * same isolated world as the content script that asked for it. Resolves once it has run.
 */
export async function injectLens(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [frameId] },
    files: ['/lens.js'],
  });
}

/** The active tab of the current window, if any. */
export async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * The address of tab `tabId`, where the extension may see it (http and https pages, by its
 * host permissions); undefined for the browser's own pages and for a tab that is gone.
 */
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/** Shows a count on the toolbar button of one tab; 0 clears it. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}

/**
 * Opens the popup for item `itemId` of tab `tabId`: the toolbar popup where the browser allows
 * it (Chrome 127+, Firefox with a user gesture; it then shows the active tab's page), else the
 * popup page in a small window of its own, told the tab and item in its query
 * (`popup.html?tabId=N&item=ID`).
 */
export async function openItemPopup(tabId: number | undefined, itemId: string): Promise<void> {
  const action = browser.action as { openPopup?: () => Promise<void> };
  if (typeof action.openPopup === 'function') {
    try {
      await action.openPopup();
      return;
    } catch {
      // No focused window, no user gesture (Firefox), or headless: fall back to a window.
    }
  }
  const query = new URLSearchParams();
  if (tabId !== undefined) query.set('tabId', String(tabId));
  query.set('item', itemId);
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${query}`),
    type: 'popup',
    width: 420,
    height: 620,
  });
}

/** Opens one of the extension's own pages (`/report.html?id=…`) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
}

/**
 * Opens the popup page in a small window of its own, describing tab `tabId` with `query` in
 * its lookup (`popup.html?tabId=N&q=…`; the popup trims and caps the query).
 */
export async function openLookupWindow(tabId: number | undefined, query: string): Promise<void> {
  const search = new URLSearchParams();
  if (tabId !== undefined) search.set('tabId', String(tabId));
  search.set('q', query);
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${search}`),
    type: 'popup',
    width: 420,
    height: 640,
  });
}

/**
 * Adds the context-menu item `id` titled `title()` on selected text when the extension is
 * installed or updated, and opens the lookup window (openLookupWindow) with the selection
 * when it is chosen.
 */
export function onLookupSelection(id: string, title: () => string): void {
  try {
    browser.contextMenus.onClicked.addListener((info, tab) => {
      if (info.menuItemId !== id || !info.selectionText) return;
      void openLookupWindow(tab?.id, info.selectionText);
    });
  } catch {
    // No context menus here: Firefox for Android has no `contextMenus` API (nor, in unit
    // tests, does WXT's fakeBrowser unless a test stubs it).
    return;
  }
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id, title: title(), contexts: ['selection'] });
  });
}

/**
 * Calls `listener` with each keyboard command of the manifest the reader presses (not
 * `_execute_action`, which the browser handles), and the tab it was pressed in when the
 * browser says (Chrome; Firefox 126+).
 */
export function onCommand(listener: (command: string, tabId?: number) => void): void {
  try {
    browser.commands.onCommand.addListener((command: string, tab?: { id?: number }) =>
      listener(command, tab?.id),
    );
  } catch {
    // No keyboard commands here: Firefox for Android has no `commands` API (nor, in unit
    // tests, does WXT's fakeBrowser).
  }
}
