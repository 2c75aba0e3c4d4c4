import type { Qualifier, Unit } from './types';

/**
 * How a language writes the figures the engine reads, as its language pack gives it
 * (`numbers` in `src/languages/packs/<lang>.json`, checked by read-figure-words.ts). Words as
 * written; the engine folds them as it folds a page.
 */
export interface FigureWordsSpec {
  /** What separates a numeral's decimals ("3,5"). */
  decimal: '.' | ',';
  /** What may separate its groups of three digits ("3.350", "3 350"; any space counts as " "). */
  groups: readonly string[];
  /** Whole numbers as words, with their values ("deux": 2, "vingt": 20, "anderthalb": 1.5). */
  numbers: Readonly<Record<string, number>>;
  /**
   * Numbers built of two: `{number}` and `{tens}` stand for any of `numbers` and of `tens`,
   * the value is their sum plus `add` ("{tens}-{number}": vingt-six; "{number}und{tens}":
   * sechsundzwanzig; "{number}einhalb", add 0.5: dreieinhalb).
   */
  compounds?: readonly { pattern: string; add?: number }[];
  /** The tens a compound may use ("vingt": 20). Numbers on their own too. */
  tens?: Readonly<Record<string, number>>;
  /**
   * Where numbers are not listed whole but built word by word (see `NumberGrammarSpec`):
   * "twenty-six", "two hundred and five", "a dozen", "two and a half million".
   */
  grammar?: NumberGrammarSpec;
  /** Words that multiply the number before them ("millions": 1e6, "Mio.": 1e6). */
  scales: Readonly<Record<string, number>>;
  /** Scales written as abbreviations glued to a money amount ("$825m", "€1.1bn"). */
  moneyScales?: Readonly<Record<string, number>>;
  /** Whether a currency sign may follow the amount ("825 Mio. $", "1,1 milliard €"). */
  signAfter?: boolean;
  /** Round counts after an article: "une trentaine" is about 30. */
  approximations?: { articles: readonly string[]; words: Readonly<Record<string, number>> };
  /** What adds a half after the counted noun ("trois ans et demi"). */
  halves?: readonly string[];
  /** The counted nouns of each unit, plural, as phrases ("pays", "Staats- und Regierungschefs"). */
  units: Readonly<Partial<Record<Unit, readonly string[]>>>;
  /** What may join a number to its noun ("825 millions de dollars", "d'euros"). */
  unitLinks?: readonly string[];
  /** A noun may end a hyphenated compound, its first part a modifier ("ERAM-Raketen"). */
  compoundNouns?: boolean;
  /** Words that end a noun phrase: a unit after them counts something else. */
  breaks: readonly string[];
  /** Qualifying phrases before a number ("plus de", "rund"). */
  qualifiers: Readonly<Record<string, Qualifier>>;
  /** A part counted against a whole: "26 des 35 pays", "26 der 35 Staaten". */
  partitive: { of: readonly string[]; determiners: readonly string[] };
}

/**
 * A grammar of written numbers (written-number.ts): `numbers` below ten and the teens, and
 * `tens`, follow one another ("twenty six", "twenty-six"), the words below multiply what
 * comes before them, and `scales` close a group ("two thousand", "1.1 billion").
 */
export interface NumberGrammarSpec {
  /** Multipliers a smaller number may follow ("hundred": 100; "two hundred and five"). */
  hundreds: Readonly<Record<string, number>>;
  /** Multipliers that end the number ("dozen": 12; "two dozen"). */
  multiples: Readonly<Record<string, number>>;
  /** What stands for one before a multiplier or a scale ("a": "a dozen", "a million"). */
  article: string;
  /** What joins a smaller number to a hundred ("and": "two hundred and five"). */
  and: string;
  /** What adds a half after a number ("and a half": "three and a half"). */
  half: string;
}
