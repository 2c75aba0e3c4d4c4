import type { FigureWordsSpec } from '../matching/figure-words-spec';
import type { SummitPhraseSpec } from '../matching/language-data';
import type { FigureIdentity } from '../matching/types';

/**
 * A language pack as its file holds it (`src/languages/packs/<lang>.json`), checked by
 * read-pack.ts: what the engine needs to read news in one language. Adding a language adds a
 * file and its tests, not code.
 */
export interface LanguagePack {
  /** The language's primary subtag, lower case (`fr`), as in a page's `lang`. */
  lang: string;
  /** Its name in itself ("Français"). */
  name: string;
  comment?: string;
  /**
   * Whether the engine reads figures in this language (its number words, units, qualifiers
   * and dates). Where it does not, a number gets no verdict and is not highlighted.
   */
  figures: boolean;
  /**
   * How the language writes numbers, counted nouns, money and qualifiers (see
   * `FigureWordsSpec`); required where `figures` is true.
   */
  numbers?: FigureWordsSpec;
  /**
   * What tells each figure of the dataset in this language, by figure id: the counted nouns,
   * modifiers, cue groups and excludes that replace the reports' English ones where given
   * ("pays", [["engagés", "promis"], ["force", "troupes"]]). A figure not listed keeps the
   * English words, which still serve where they are names ("ERAM", "Kyiv").
   */
  identities?: Readonly<Record<string, Partial<FigureIdentity>>>;
  /**
   * Whether a capitalised word after a name may make a longer name ("Paris Saint-Germain").
   * Off where every noun is capitalised (German: "Ukraine-Krieg", "die Ukraine Garantien").
   */
  longerNames?: boolean;
  /** Endings an alias may take in this language and still name the actor (German "Putins"). */
  suffixes?: readonly string[];
  /**
   * How the language writes dates (read where `figures` is false too, for the page's dates):
   * its month words (any case, accents as written) to their numbers, whether they are
   * capitalised, what may follow a day's number ("4th", "1er", "4."), whether a month may
   * come first ("September 4, 2025"; default no). Absent: no dates are read.
   */
  dates?: {
    months: Readonly<Record<string, number>>;
    capitalised: boolean;
    daySuffixes: readonly string[];
    monthFirst?: boolean;
  };
  /**
   * Lowercase stems the content script's cheap first test looks for (`ukrain`, `kiew`): the
   * build makes one regex of every pack's (gate-pattern.ts).
   */
  gate: readonly string[];
  /** Common words of the language, to tell it from the text of a page that does not say. */
  detect: readonly string[];
  /**
   * The language's own names of the dataset's actors, by actor id, beside the reports' own;
   * the first is the name its readers know it by, which the popup and the cards show.
   */
  aliases: Readonly<Record<string, readonly string[]>>;
  summit: SummitPhraseSpec;
}
