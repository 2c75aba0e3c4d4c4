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
}
