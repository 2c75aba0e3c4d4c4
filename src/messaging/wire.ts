/**
 * Sending and receiving the protocol's messages (protocol.ts) over `browser.runtime` and
 * `browser.tabs`. Popup, background and content script talk only through these.
 */
import { browser } from 'wxt/browser';
import {
  envelope,
  isEnvelope,
  type Handlers,
  type MessageType,
  type Protocol,
  type Sender,
} from './protocol';

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
