/** The longest lookup query a page may prefill, in characters. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The `q` query parameter of the popup page (`popup.html?q=gref`): the text selected when the
 * context menu's "Look up in Summit Lens" was chosen. Trimmed, inner whitespace runs collapsed
 * to one space, cut to MAX_QUERY_LENGTH characters; undefined when absent or blank.
 */
export function queryFromSearch(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('q');
  const query = raw?.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  return query ? query : undefined;
}

/** The `item` query parameter of the popup page (`popup.html?item=mark-rutte`), if any. */
export function itemFromSearch(search: string): string | undefined {
  const raw = new URLSearchParams(search).get('item')?.trim();
  return raw ? raw : undefined;
}
