/**
 * What a page's content script reports about its page: the summary the popup shows and the
 * background counts on the toolbar badge. Types, sent over the protocol (protocol.ts), and the
 * badge's count; src/content and src/reading build them (summarize.ts, event-dates.ts) and
 * src/ui shows them.
 */
import type { FigureStatus, ItemKind, Qualifier } from '../matching/types';

/** A page's own date and where it was read. */
export interface PageDate {
  /** yyyymmdd. */
  value: number;
  source: 'published' | 'dateline';
}

/** What the dates of a page and its story say about which event it is about. */
export interface DateVerdict {
  /** The page's own date, when one was read. */
  dated?: PageDate;
  /**
   * Why the dates rule the page out: it was published before the summit; it was published
   * well after it and never names its date; or its story is about a later meeting (`later`,
   * the date it names most). Absent when the dates do not rule it out.
   */
  ruledOut?: 'before' | 'after' | 'later-meeting';
  /** For `later-meeting`: the later date the story names most, yyyymmdd. */
  later?: number;
  /** How often the story names the summit's date. */
  summitDateMentions: number;
}

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

/** What the content script tells the popup and the background about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Whether the page was taken to be about the summit, and why. */
  relevant: boolean;
  reasons: readonly string[];
  /** What the page's dates said, when it has any (src/reading/event-dates.ts). */
  dates?: DateVerdict;
  /**
   * The page's language (src/reading/page-language.ts): `read` false when it declares one no
   * language pack reads (then it is left alone); `declared` false when it was told from the text.
   */
  language?: { lang: string; read: boolean; declared: boolean };
  /** Whether highlights are on the page now. */
  highlighted: boolean;
  items: readonly PageItem[];
}

/** Number shown on the toolbar badge: distinct actors and figures the page mentions. */
export function badgeCount(summary: Pick<PageSummary, 'items'>): number {
  return summary.items.length;
}
