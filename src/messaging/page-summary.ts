/**
 * What a page's content script reports about its page: the summary the popup shows and the
 * background counts on the toolbar badge. Types, sent over the protocol (protocol.ts), and the
 * badge's count. The page reading's verdicts (src/reading: relevance, dates, language) are
 * its parts; src/content builds it (summarize.ts) and src/ui shows it.
 */
import type { FigureStatus, ItemKind, Qualifier } from '../matching/types';
import type { PageLanguage } from '../reading/page-language';
import type { Relevance } from '../reading/relevance';

/** One actor or figure a page mentions, with how often. */
export interface PageItem {
  id: string;
  kind: ItemKind;
  count: number;
  /** For figures: the page's own wording of the first occurrence, its value and status. */
  text?: string;
  value?: number;
  status?: FigureStatus;
  qualifier?: Qualifier;
}

/**
 * What the content script tells the popup and the background about its page: whether it was
 * taken to be about the summit, why, and what its dates said (src/reading/relevance.ts,
 * event-dates.ts), and the rest below.
 */
export interface PageSummary extends Relevance {
  url: string;
  title: string;
  /**
   * The page's language (src/reading/page-language.ts): `read` false when it declares one no
   * language pack reads (then it is left alone); `declared` false when it was told from the text.
   */
  language?: PageLanguage;
  /** Whether highlights are on the page now. */
  highlighted: boolean;
  items: readonly PageItem[];
}

/** Number shown on the toolbar badge: distinct actors and figures the page mentions. */
export function badgeCount(summary: Pick<PageSummary, 'items'>): number {
  return summary.items.length;
}
