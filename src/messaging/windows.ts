/**
 * The popup page outside the toolbar: an item's cross-reference or a lookup, in a small window
 * of its own (one opener, `openPopupWindow`), or in the toolbar popup where the browser allows.
 */
import { browser } from 'wxt/browser';
import { leavePendingItem, takePendingItem } from './pending-item';

/** The popup window's width, CSS pixels. */
const POPUP_WIDTH = 420;

/**
 * Opens `popup.html?QUERY` in a popup-type window `height` CSS pixels tall; `tabId`, when
 * given, goes first in the query (`tabId=N&…`), the tab the popup then describes.
 */
async function openPopupWindow(
  tabId: number | undefined,
  query: Record<string, string>,
  height: number,
): Promise<void> {
  const search = new URLSearchParams();
  if (tabId !== undefined) search.set('tabId', String(tabId));
  for (const [key, value] of Object.entries(query)) search.set(key, value);
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?${search}`),
    type: 'popup',
    width: POPUP_WIDTH,
    height,
  });
}

/**
 * Opens the popup on item `itemId`'s detail, for tab `tabId`: the toolbar popup where the
 * browser allows it (Chrome 127+, Firefox with a user gesture; it then shows the active tab's
 * page), told the item through session storage (pending-item.ts); else the popup page in a
 * small window of its own, told the tab and item in its query (`popup.html?tabId=N&item=ID`).
 * `now` stamps the request (ms since the epoch).
 */
export async function openItemPopup(
  tabId: number | undefined,
  itemId: string,
  now = Date.now(),
): Promise<void> {
  const action = browser.action as { openPopup?: () => Promise<void> };
  if (typeof action.openPopup === 'function') {
    try {
      await leavePendingItem(itemId, now);
      await action.openPopup();
      return;
    } catch {
      // No focused window, no user gesture (Firefox), or headless: fall back to a window,
      // and take the request back so a later toolbar popup does not open it.
      await takePendingItem(now);
    }
  }
  await openPopupWindow(tabId, { item: itemId }, 620);
}

/**
 * Opens the popup page in a small window of its own, describing tab `tabId` with `query` in
 * its lookup (`popup.html?tabId=N&q=…`; the popup trims and caps the query).
 */
export async function openLookupWindow(tabId: number | undefined, query: string): Promise<void> {
  await openPopupWindow(tabId, { q: query }, 640);
}
