import type { LanguageData } from './language-data';
import type { AliasEntry, FigureRef } from './types';

/** What the content script needs to match: a small subset of the dataset. */
export interface MatcherData {
  actors: readonly AliasEntry[];
  figures: readonly FigureRef[];
  /**
   * The language packs (src/languages), compiled: each language's own names of the actors,
   * its figure and date words, its summit phrases. The first is the reports' language, read
   * where a text's language has no pack.
   */
  languages: readonly LanguageData[];
  /** The event a page is judged about (src/reading). */
  event: SummitEvent;
}

/**
 * The event the dataset is about (curated/event.json): its date, and the items (actor and
 * figure ids) that tie a page to it, by group. See src/reading/relevance.ts.
 */
export interface SummitEvent {
  /** Its date, yyyymmdd. */
  date: number;
  /** Items that tie a page to Ukraine. */
  ukraine: readonly string[];
  /** Items that tie a page to this summit rather than to the war in general. */
  summit: readonly string[];
  /** Other items typical of its coverage: they add weight but decide nothing alone. */
  context: readonly string[];
  /**
   * The gate's test, a regex source matched in any case: every pack's `gate` stems, the
   * words that name Ukraine, Zelensky or Kyiv in its language ("ukrain|zelens|kyiv|...").
   */
  gate: string;
}
