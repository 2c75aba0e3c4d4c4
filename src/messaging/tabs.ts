/** The tabs the extension asks about or opens: the active tab, a tab's address, its own pages. */
import { browser } from 'wxt/browser';

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

/** Opens one of the extension's own pages (`/report.html?id=…`) in a new tab. */
export async function openExtensionPage(path: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/popup.html') });
}
