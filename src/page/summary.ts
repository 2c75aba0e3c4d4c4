import type { FigureStatus, ItemKind } from '../matching/types';
import type { DateVerdict } from './event-dates';

/** One actor or figure a page mentions, with how often. */
export interface PageItem {
  id: string;
  kind: ItemKind;
  count: number;
  /** For figures: the page's own wording of the first occurrence, its value and status. */
  text?: string;
  value?: number;
  status?: FigureStatus;
}

/** What the content script tells the popup and the background about its page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Whether the page was taken to be about the summit, and why. */
  relevant: boolean;
  reasons: readonly string[];
  /** What the page's dates said, when it has any (event-dates.ts). */
  dates?: DateVerdict;
  /** Whether highlights are on the page now. */
  highlighted: boolean;
  items: readonly PageItem[];
}

/** Number shown on the toolbar badge: distinct actors and figures the page mentions. */
export function badgeCount(summary: Pick<PageSummary, 'items'>): number {
  return summary.items.length;
}
