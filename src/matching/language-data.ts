import type { FigureWordsSpec } from './figure-words-spec';
import type { AliasEntry, FigureIdentity } from './types';

/**
 * How a language names the summit without its set terms ("the Paris summit", "le sommet de
 * l'Élysée", "der Pariser Gipfel"): each pattern is words with `{place}` and `{event}` slots,
 * filled by any of `places` and `events`; a space stands for any run of white space.
 */
export interface SummitPhraseSpec {
  places: readonly string[];
  events: readonly string[];
  patterns: readonly string[];
}

/** A pack as the engine ships it (in the matcher data): compiled, with only what it reads. */
export interface LanguageData {
  lang: string;
  figures: boolean;
  numbers?: FigureWordsSpec;
  identities?: Readonly<Record<string, Partial<FigureIdentity>>>;
  longerNames: boolean;
  suffixes: readonly string[];
  detect: readonly string[];
  /** Its date words, folded as the engine reads text: [month word, number] pairs. */
  dates?: {
    months: readonly (readonly [string, number])[];
    capitalised: boolean;
    daySuffixes: readonly string[];
    monthFirst: boolean;
  };
  /** The actors this language names otherwise, with those names only. */
  aliases: readonly AliasEntry[];
  /** The phrases that name the summit (compiled where a page is judged: summit-pattern.ts). */
  summit: SummitPhraseSpec;
}
