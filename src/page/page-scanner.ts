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
