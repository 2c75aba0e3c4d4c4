import { vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import type { Envelope, MessageType, Protocol } from '@/src/messaging/protocol';

/**
 * Sends a message of the extension's wire format to the listeners of WXT's fakeBrowser (the
 * content script's or the background's, whichever the test started), as the popup, the
 * background or a tab (`sender`) would, and returns the first answer given.
 */
export async function send<T extends MessageType>(
  type: T,
  data: Protocol[T]['request'],
  sender: Browser.runtime.MessageSender = {},
): Promise<Protocol[T]['response']> {
  const envelope: Envelope<T> = { summitLens: 1, type, data };
  const results = await fakeBrowser.runtime.onMessage.trigger(envelope, sender);
  return results.find((result) => result !== undefined) as Protocol[T]['response'];
}

/**
 * Lets pending promises (fake storage reads, their callbacks) and due timers run: a macrotask
 * with real timers; with fake ones, the clock moved on by `ms` (default 0), running what
 * falls due and the promises it settles.
 */
export async function settle(ms = 0): Promise<void> {
  if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(ms);
  else await new Promise((resolve) => setTimeout(resolve, ms));
}
