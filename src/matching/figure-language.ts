import { fold } from './fold';
import type { FigureWordsSpec, NumberGrammarSpec } from './figure-words-spec';
import { normalize } from './normalize';
import { readToken } from './tokens';
import type { Qualifier, Unit } from './types';

export type { FigureWordsSpec, NumberGrammarSpec } from './figure-words-spec';

/** A grammar of written numbers (`NumberGrammarSpec`), its words folded, for written-number.ts. */
export interface NumberGrammar {
  /** Below ten and the teens. */
  numbers: ReadonlyMap<string, number>;
  tens: ReadonlyMap<string, number>;
  hundreds: ReadonlyMap<string, number>;
  multiples: ReadonlyMap<string, number>;
  scales: ReadonlyMap<string, number>;
  article: string;
  and: string;
  /** The words of the half, in order ("and", "a", "half"). */
  half: readonly string[];
}

/** A language's figure words, folded and indexed for the figure reader. */
export interface FigureLanguage {
  /** Where written numbers are built word by word rather than listed whole. */
  grammar?: NumberGrammar;
  decimal: '.' | ',';
  groups: readonly string[];
  /** Number phrases by their first word, longest first. */
  numbers: ReadonlyMap<string, readonly (readonly [string, number])[]>;
  scales: ReadonlyMap<string, number>;
  /** Scales written as abbreviations with a full stop ("Mio."), without it. */
  dottedScales: ReadonlySet<string>;
  moneyScales: ReadonlyMap<string, number>;
  signAfter: boolean;
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

const foldKeys = (words: Readonly<Record<string, number>> = {}) =>
  new Map(Object.entries(words).map(([word, value]) => [fold(word), value]));

/**
 * Compiles a pack's figure words (see `FigureWordsSpec`) for the figure reader, with its
 * folded month words (`monthWords`), which may start a date.
 */
export function compileFigureWords(
  spec: FigureWordsSpec,
  monthWords: readonly string[] = [],
): FigureLanguage {
  const numbers = new Map<string, number>();
  const add = (word: string, value: number) => numbers.set(word, value);
  for (const [word, value] of Object.entries(spec.numbers)) add(fold(word), value);
  for (const [word, value] of Object.entries(spec.tens ?? {})) add(fold(word), value);
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
    for (const [word, value] of built) {
      const folded = fold(word);
      if (!numbers.has(folded)) add(folded, value);
    }
  }
  const units: [string, Unit][] = Object.entries(spec.units).flatMap(([unit, words]) =>
    (words ?? []).map((word) => [fold(word), unit as Unit] as [string, Unit]),
  );
  const scales = new Map(
    Object.entries(spec.scales).map(([word, value]) => [fold(word).replace(/\.$/, ''), value]),
  );
  return {
    ...(spec.grammar ? { grammar: compileGrammar(spec, spec.grammar, scales) } : {}),
    decimal: spec.decimal,
    groups: spec.groups,
    numbers: byFirstWord(numbers),
    scales,
    dottedScales: new Set(
      Object.keys(spec.scales)
        .filter((word) => word.endsWith('.'))
        .map((word) => fold(word).slice(0, -1)),
    ),
    moneyScales: foldKeys(spec.moneyScales),
    signAfter: spec.signAfter ?? false,
    approximations: {
      articles: new Set((spec.approximations?.articles ?? []).map(fold)),
      words: foldKeys(spec.approximations?.words),
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

/** A pack's grammar of written numbers, its words folded. */
function compileGrammar(
  spec: FigureWordsSpec,
  grammar: NumberGrammarSpec,
  scales: ReadonlyMap<string, number>,
): NumberGrammar {
  return {
    numbers: foldKeys(spec.numbers),
    tens: foldKeys(spec.tens),
    hundreds: foldKeys(grammar.hundreds),
    multiples: foldKeys(grammar.multiples),
    scales,
    article: fold(grammar.article),
    and: fold(grammar.and),
    half: fold(grammar.half).split(' '),
  };
}
