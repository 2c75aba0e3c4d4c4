/**
 * The one seam between Summit Lens and the browser's messaging, tabs and toolbar APIs.
 * Every message is typed here; popup, background and content script call these functions
 * and never `browser.runtime` / `browser.tabs` directly.
 */
import { browser } from 'wxt/browser';
import type { PageSummary } from './page/summary';

/** Requests and their responses, keyed by message type. */
export interface Protocol {
  /** popup -> content script: describe the page. */
  getPageSummary: { request: undefined; response: PageSummary };
  /** popup -> content script: switch highlighting on this page on or off. */
  setHighlighting: { request: { on: boolean }; response: PageSummary };
  /** content script -> background: the page's summary changed (badge). */
  pageSummaryChanged: { request: PageSummary; response: undefined };
}

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

/** Handlers for some message types; `sender.tab` is passed along for content-script messages. */
export type Handlers = {
  [T in MessageType]?: (
    data: Protocol[T]['request'],
    sender: { tabId?: number },
  ) => Protocol[T]['response'] | Promise<Protocol[T]['response']>;
};

/**
 * Listens for messages of the given types until `signal` aborts. Messages of other types,
 * and anything that is not an envelope, are left for other listeners.
 */
export function onMessages(handlers: Handlers, signal?: AbortSignal): void {
  const listener = (message: unknown, sender: { tab?: { id?: number } }) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      ((data: unknown, s: { tabId?: number }) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve(handler(message.data, { tabId: sender.tab?.id }));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}

/** The active tab of the current window, if any. */
export async function activeTab(): Promise<{ id?: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/** Shows a count on the toolbar button of one tab; 0 clears it. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
