/**
 * The item a card asked the toolbar popup to open. `action.openPopup()` takes no arguments, so
 * the background leaves the item in session storage (memory only, gone with the browser) just
 * before opening the popup, and the popup takes it as it starts. A request older than
 * PENDING_TTL_MS is stale (the popup did not open after all) and is ignored.
 */
import { browser } from 'wxt/browser';

const PENDING_KEY = 'pendingItem';

/** How long a request waits for the popup, in ms. */
export const PENDING_TTL_MS = 10_000;

interface PendingItem {
  id: string;
  at: number;
}

/** Leaves item `id` for the next popup to open, stamped `now` (ms since the epoch). */
export async function leavePendingItem(id: string, now: number): Promise<void> {
  await browser.storage.session.set({ [PENDING_KEY]: { id, at: now } satisfies PendingItem });
}

/**
 * Takes (reads and removes) the item a card left for the popup, if one was left within
 * PENDING_TTL_MS of `now`; undefined otherwise, or when session storage cannot be read.
 */
export async function takePendingItem(now: number): Promise<string | undefined> {
  try {
    const { [PENDING_KEY]: pending } = await browser.storage.session.get(PENDING_KEY);
    await browser.storage.session.remove(PENDING_KEY);
    const { id, at } = (pending ?? {}) as Partial<PendingItem>;
    if (typeof id !== 'string' || typeof at !== 'number') return undefined;
    return now - at >= 0 && now - at <= PENDING_TTL_MS ? id : undefined;
  } catch {
    return undefined;
  }
}
