/** Why the popup cannot read a tab, as far as the tab's address tells. */
export type UnreachableReason = 'browser-page' | 'store' | 'pdf' | 'not-started';

/** Add-on stores, where browsers let no extension's content script run. */
const STORE_HOSTS: ReadonlySet<string> = new Set([
  'chromewebstore.google.com',
  'chrome.google.com',
  'addons.mozilla.org',
  'microsoftedge.microsoft.com',
]);

/**
 * Why no content script answered in a tab whose address is `url`. The popup sees the
 * address of http(s) pages only (the host permissions); any other tab is one of the
 * browser's own pages (settings, new tab, about:, file:, another extension). A web page that
 * is neither a store nor a PDF was opened before Summit Lens was installed or updated: the
 * reader only needs to reload it.
 */
export function unreachableReason(url: string | undefined): UnreachableReason {
  let parsed: URL;
  try {
    parsed = new URL(url ?? '');
  } catch {
    return 'browser-page';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.has(parsed.hostname)) return 'store';
  if (parsed.pathname.toLowerCase().endsWith('.pdf')) return 'pdf';
  return 'not-started';
}
