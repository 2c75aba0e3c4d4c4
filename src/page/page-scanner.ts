import { createScanner, type Scanner, type ScannerOptions } from '../matching/scan';
import type { MatcherData } from '../matching/types';

/**
 * The scanner for a web page's collected text (collect-text.ts): its line breaks are the
 * HTML source's whitespace, so only blocks and terminators end a sentence. Every caller that
 * scans a page (the content script, the extension's own pages, the corpus score) uses it.
 */
export function createPageScanner(
  data: MatcherData,
  options: Omit<ScannerOptions, 'lineBreaks'> = {},
): Scanner {
  return createScanner(data, { ...options, lineBreaks: false });
}

/**
 * `scan` of a page scanner for `data`, built at the first call: a page the highlighter leaves
 * unjudged (one that never names Ukraine) never pays for the automaton.
 */
export function lazyPageScanner(data: MatcherData): Scanner['scan'] {
  let scanner: Scanner | undefined;
  return (text) => (scanner ??= createPageScanner(data)).scan(text);
}
