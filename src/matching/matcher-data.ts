import type { LanguageData } from './language-data';
import type { AliasEntry, FigureRef } from './types';

/** What the content script needs to match: a small subset of the dataset. */
export interface MatcherData {
  actors: readonly AliasEntry[];
  figures: readonly FigureRef[];
  /**
   * The language packs (src/languages), compiled: each language's own names of the actors
   * and its summit phrases. Absent: English only, as the reports are written.
   */
  languages?: readonly LanguageData[];
}
