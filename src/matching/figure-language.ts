import { fold } from './fold';
import { normalize } from './normalize';
import { MONTH_WORD_LIST } from './months';
import { NUMBER_WORD_LIST, SCALES } from './number-words';
import { readToken } from './tokens';
import type { Qualifier, Unit } from './types';

/**
 * How a language writes the figures the engine reads, as its language pack gives it
 * (`numbers` in `src/languages/packs/<lang>.json`, checked by read-pack.ts). Words as written;
 * the engine folds them as it folds a page.
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
  /** Words that multiply the number before them ("millions": 1e6, "Mio.": 1e6). */
  scales: Readonly<Record<string, number>>;
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

/** A language's figure words, folded and indexed for the figure reader. */
export interface FigureLanguage {
  /** English's own grammar of written numbers ("two hundred and five", "a dozen"). */
  english: boolean;
  decimal: '.' | ',';
  groups: readonly string[];
  /** Number phrases by their first word, longest first. */
  numbers: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  scales: ReadonlyMap<string, number>;
  /** Scales written as abbreviations with a full stop ("Mio."), without it. */
  dottedScales: ReadonlySet<string>;
  approximations: {
    articles: ReadonlySet<string>;
    words: ReadonlyMap<string, number>;
  };
  halves: readonly string[];
  /** Unit phrases by their first word, longest first. */
  units: ReadonlyMap<string, readonly (readonly [string, Unit])[]>;
  unitLinks: readonly string[];
  compoundNouns: boolean;
  breaks: ReadonlySet<string>;
  /** Longest first. */
  qualifiers: readonly (readonly [string, Qualifier])[];
  partitive: { of: ReadonlySet<string>; determiners: ReadonlySet<string> };
  /** Every word that can start a written number, for the scanner's trigger and rivals. */
  numberWords: readonly string[];
  /** The month words that can start a date ("Februar 2022"), for the trigger. */
  monthWords: readonly string[];
}

/** Indexes phrases by their first token (as `readToken` reads it), longest first within each. */
function byFirstWord<T>(
  entries: Iterable<readonly [string, T]>,
): Map<string, (readonly [string, T])[]> {
  const index = new Map<string, (readonly [string, T])[]>();
  for (const [phrase, value] of entries) {
    const first = readToken(phrase, 0)?.text ?? phrase;
    const list = index.get(first) ?? [];
    list.push([phrase, value]);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b[0].length - a[0].length);
  return index;
}

const longestFirst = <T>(entries: [string, T][]) =>
  entries.sort((a, b) => b[0].length - a[0].length);

/**
 * Compiles a pack's figure words (see `FigureWordsSpec`) for the figure reader, with its
 * folded month words (`monthWords`), which may start a date.
 */
export function compileFigureWords(
  spec: FigureWordsSpec,
  monthWords: readonly string[] = [],
): FigureLanguage {
  const numbers = new Map<string, number>();
  const add = (word: string, value: number) => numbers.set(fold(word), value);
  for (const [word, value] of Object.entries(spec.numbers)) add(word, value);
  for (const [word, value] of Object.entries(spec.tens ?? {})) add(word, value);
  for (const { pattern, add: extra = 0 } of spec.compounds ?? []) {
    const slots = (part: string) =>
      part === '{tens}' ? Object.entries(spec.tens ?? {}) : Object.entries(spec.numbers);
    const parts = pattern.split(/(\{number\}|\{tens\})/).filter((part) => part !== '');
    let built: [string, number][] = [['', extra]];
    for (const part of parts) {
      const options = part.startsWith('{') ? slots(part) : [[part, 0] as [string, number]];
      built = built.flatMap(([word, value]) =>
        options.map(([more, v]) => [word + more, value + v] as [string, number]),
      );
    }
    for (const [word, value] of built) if (!numbers.has(fold(word))) add(word, value);
  }
  const units: [string, Unit][] = Object.entries(spec.units).flatMap(([unit, words]) =>
    (words ?? []).map((word) => [fold(word), unit as Unit] as [string, Unit]),
  );
  return {
    english: false,
    decimal: spec.decimal,
    groups: spec.groups,
    numbers: byFirstWord(numbers),
    scales: new Map(
      Object.entries(spec.scales).map(([word, value]) => [fold(word).replace(/\.$/, ''), value]),
    ),
    dottedScales: new Set(
      Object.keys(spec.scales)
        .filter((word) => word.endsWith('.'))
        .map((word) => fold(word).slice(0, -1)),
    ),
    approximations: {
      articles: new Set((spec.approximations?.articles ?? []).map(fold)),
      words: new Map(
        Object.entries(spec.approximations?.words ?? {}).map(([word, v]) => [fold(word), v]),
      ),
    },
    halves: (spec.halves ?? []).map(fold),
    units: byFirstWord(units),
    // A link keeps its space ("de "), which folding would trim.
    unitLinks: (spec.unitLinks ?? []).map((link) => normalize(link).lower),
    compoundNouns: spec.compoundNouns ?? false,
    breaks: new Set(spec.breaks.map(fold)),
    qualifiers: longestFirst(
      Object.entries(spec.qualifiers).map(
        ([phrase, q]) => [fold(phrase), q] as [string, Qualifier],
      ),
    ),
    partitive: {
      of: new Set(spec.partitive.of.map(fold)),
      determiners: new Set(spec.partitive.determiners.map(fold)),
    },
    numberWords: [...new Set([...numbers.keys()].map((word) => readToken(word, 0)?.text ?? word))],
    monthWords,
  };
}

// Plural count nouns only: "one leader" or "one country" is rarely a figure worth checking
// and, against a unit's only dataset figure, would read as a dispute.
const ENGLISH_UNITS: Readonly<Partial<Record<Unit, readonly string[]>>> = {
  countries: ['countries', 'nations', 'states'],
  leaders: ['leaders'],
  missiles: ['missiles'],
  km: ['kilometres', 'kilometre', 'kilometers', 'kilometer', 'km'],
  years: ['years'],
  people: ['people', 'persons', 'workers', 'members', 'civilians', 'soldiers', 'troops'],
  usd: ['dollars', 'dollar', 'usd'],
  eur: ['euros', 'euro', 'eur'],
};

// Words that end a noun phrase: a unit after them counts something else ("two of the
// countries", "26 were countries").
const ENGLISH_BREAKS = `of the a an and or but to in on at for from with by as than that which
  who whom were was are is be been being have has had will would could should may might can
  not no this these those its their his her our per each into after before`.split(/\s+/);

// Longest first, so "just over" wins over "over".
const ENGLISH_QUALIFIERS: readonly (readonly [string, Qualifier])[] = longestFirst([
  ['exactly', 'exact'],
  ['precisely', 'exact'],
  ['more than', 'more-than'],
  ['just over', 'more-than'],
  ['over', 'more-than'],
  ['upwards of', 'more-than'],
  ['in excess of', 'more-than'],
  ['at least', 'at-least'],
  ['no fewer than', 'at-least'],
  ['no less than', 'at-least'],
  ['around', 'about'],
  ['about', 'about'],
  ['approximately', 'about'],
  ['some', 'about'],
  ['roughly', 'about'],
  ['an estimated', 'about'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['fewer than', 'less-than'],
  ['less than', 'less-than'],
  ['just under', 'less-than'],
  ['under', 'less-than'],
]);

/**
 * English, the reports' language and the default: its written numbers are read by their
 * own grammar (written-number.ts), its other words are these.
 */
export const ENGLISH_FIGURES: FigureLanguage = {
  english: true,
  decimal: '.',
  groups: [','],
  numbers: new Map(),
  scales: SCALES,
  dottedScales: new Set(),
  approximations: { articles: new Set(), words: new Map() },
  halves: [],
  units: byFirstWord(
    Object.entries(ENGLISH_UNITS).flatMap(([unit, words]) =>
      (words ?? []).map((word) => [word, unit as Unit] as const),
    ),
  ),
  unitLinks: [],
  compoundNouns: false,
  breaks: new Set(ENGLISH_BREAKS),
  qualifiers: ENGLISH_QUALIFIERS,
  partitive: {
    of: new Set(['of']),
    determiners: new Set(['the', 'its', 'their', 'these', 'those', 'some']),
  },
  numberWords: NUMBER_WORD_LIST,
  monthWords: MONTH_WORD_LIST,
};
