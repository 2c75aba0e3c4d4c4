import type { CollectedText } from '../dom/collect-text';
import { isShown } from '../matching/scan';
import type { Match } from '../matching/types';
import { matchesWithin } from './main-text';
import type { PageLanguage } from './page-language';
import type { Scan } from './page-scanner';
import type { Relevance } from './relevance';
import { storyRegion, type StoryRegion } from './story-region';

/** A page's collected text and the matches shown in it. */
export interface Scanned {
  collected: CollectedText;
  matches: readonly Match[];
}

/**
 * What reading a page learns of it, computed once per judgement (judge-page.ts) and kept by
 * the session: whether it is about the summit, its language, its story, what it shows, and
 * how to read the text it adds later the same way.
 */
export interface PageReading {
  relevance: Relevance;
  /** The page's language (page-language.ts); absent when the page was not read. */
  language?: PageLanguage;
  /**
   * Every match shown in the page's story (story-region.ts; the whole page when it has no
   * clear story): empty when the page never names Ukraine.
   */
  matches: Match[];
  /**
   * The collected text and its shown matches, for highlighting without a second scan;
   * undefined when the page added text while it was being scanned, or was not read.
   */
  scanned?: Scanned;
  /** The matches shown of text collected later: its language, its story, shown only. */
  readMore(collected: CollectedText): Match[];
}

/**
 * The matches of `found` that the page shows: those with a verdict (`isShown`) whose text
 * lies in `story` (all of them where the page has no clear story). The one place both rules
 * are applied, for the judgement and for text added later alike.
 */
export function shownInStory(
  collected: CollectedText,
  found: readonly Match[],
  story: StoryRegion | undefined,
): Match[] {
  return withinStory(collected, found, story).filter(isShown);
}

/** The spans of `collected` whose text starts in `story` (all of them without one). */
export function withinStory<T extends { start: number }>(
  collected: CollectedText,
  spans: readonly T[],
  story: StoryRegion | undefined,
): T[] {
  return story ? matchesWithin(collected, spans, story) : [...spans];
}

/**
 * How text added later under `body` is read: with `scan` (the page's language), kept to the
 * story the page was judged by, found again only when the page replaced its element (or
 * found at first use when the page was not read: `story` null), in the open shadow roots
 * known then (`shadowRoots`, and those later text was read in).
 */
export function laterReader(
  body: HTMLElement,
  scan: Scan,
  story: StoryRegion | undefined | null,
  shadowRoots: readonly ShadowRoot[] = [],
): (collected: CollectedText) => Match[] {
  let known = story;
  const roots = new Set(shadowRoots);
  return (collected) => {
    for (const root of collected.shadowRoots ?? []) roots.add(root);
    if (known === null || (known && !known.element.isConnected)) {
      known = storyRegion(
        body,
        [...roots].filter((root) => root.host.isConnected),
      );
    }
    return shownInStory(collected, scan(collected.text), known);
  };
}

/** The reading of a page not (or not yet) judged: nothing relevant, later text read in English. */
export function unreadPage(body: HTMLElement, scan: Scan): PageReading {
  return {
    relevance: { relevant: false, reasons: [] },
    matches: [],
    readMore: laterReader(body, scan, null),
  };
}
