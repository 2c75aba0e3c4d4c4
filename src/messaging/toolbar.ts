/** The extension's toolbar button: its per-tab badge. */
import { browser } from 'wxt/browser';

/** Shows a count on the toolbar button of one tab; 0 clears it. */
export async function setBadge(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1f4e8c' });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
}
