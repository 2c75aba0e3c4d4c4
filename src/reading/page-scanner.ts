import { createScanner, type Scanner, type ScannerOptions } from '../matching/scan';
import type { Match } from '../matching/types';
import type { MatcherData } from '../matching/matcher-data';

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

/** The one scan shape: every match in a text, in one language, figures with no verdict included. */
export type Scan = (text: string) => Match[];

/** The page scan in a language (a pack's `lang`; default English). */
export type ScannerFor = (language?: string) => Scan;

/**
 * The page scanner for `data` in each language asked for, built at its first scan: a page
 * the highlighter leaves unjudged (one that never names Ukraine) never pays for the
 * automaton, and a page pays only for its own language's.
 */
export function lazyPageScanner(data: MatcherData): ScannerFor {
  const scanners = new Map<string, Scanner>();
  return (language = 'en') =>
    (text) => {
      let scanner = scanners.get(language);
      if (!scanner) scanners.set(language, (scanner = createPageScanner(data, { language })));
      return scanner.scan(text);
    };
}
