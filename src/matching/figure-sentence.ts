import type { FigureLanguage } from './figure-language';
import { normalize } from './normalize';
import { sentenceAround } from './sentences';

/** A span of folded text, [start, end). */
export type Span = readonly [number, number];

/**
 * A figure in its sentence, folded for matching: where the figure is, and where the other
 * numbers are that could count the same thing (figures of its unit, and bare numbers such
 * as the "26" of "35 countries, 26 committed"). Cue words bind to the nearest of these.
 */
export interface FigureSentence {
  lower: string;
  span: Span;
  rivals: readonly Span[];
}

/** Where a figure is in a text, and what it counts. */
export interface Placed {
  start: number;
  end: number;
  unit: string;
}

const numberTokens = new WeakMap<FigureLanguage, RegExp>();
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NUMERAL = '\\d[\\d,.]*\\d|\\d';
const NUMERALS = new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${NUMERAL})(?![\\p{L}\\p{N}])`, 'gu');

/**
 * The bare numbers a language writes, as rivals: numerals, its number words but those for
 * one (mostly a pronoun: "no one", "l'un"), and where numbers are built by a grammar its
 * multiples ("dozen") and any word hyphenated to a number ("twenty-six", "two-day").
 * Numerals only without a language.
 */
function numberTokenOf(language: FigureLanguage | undefined): RegExp {
  if (language === undefined) return NUMERALS;
  let token = numberTokens.get(language);
  if (token === undefined) {
    const words = [...language.numbers.values()]
      .flat()
      .filter(([, value]) => value !== 1)
      .map(([word]) => word)
      .concat([...(language.grammar?.multiples.keys() ?? [])])
      .map(escape)
      .sort((a, b) => b.length - a.length);
    if (words.length === 0) return NUMERALS;
    const hyphenated = language.grammar ? '(?:-\\p{L}+)?' : '';
    token = new RegExp(
      `(?<![\\p{L}\\p{N}.,])(?:${NUMERAL}|(?:${words.join('|')})${hyphenated})(?![\\p{L}\\p{N}])`,
      'gu',
    );
    numberTokens.set(language, token);
  }
  return token;
}

// A four-digit number in this range on its own is a year, never a count.
const YEAR = /^(19|20)\d\d$/;

/**
 * The sentence of `text` around `figure`, folded, with the figure's span and its rivals:
 * `others` of the same unit (the figures found in `text`, the figure itself may be among
 * them) and bare numbers outside every figure. `lineBreaks`: whether a line break ends a
 * sentence (see `splitSentences`); `language`: whose number words are rivals too (none:
 * numerals alone). O(sentence length + figures in it).
 */
export function figureSentence(
  text: string,
  figure: Placed,
  others: readonly Placed[],
  lineBreaks = true,
  language?: FigureLanguage,
): FigureSentence {
  const [from, to] = sentenceAround(text, figure.start, figure.end, 300, lineBreaks);
  const lower = normalize(text.slice(from, to)).lower;
  const at = (offset: number) => normalize(text.slice(from, offset)).lower.length;
  const inSentence = others.filter((o) => o.start >= from && o.end <= to);
  const spans = inSentence.map((o) => [at(o.start), at(o.end)] as const);
  const span: Span = [at(figure.start), at(figure.end)];
  const rivals: Span[] = [];
  inSentence.forEach((other, i) => {
    if (other.unit === figure.unit && other.start !== figure.start) rivals.push(spans[i]!);
  });
  for (const hit of lower.matchAll(numberTokenOf(language))) {
    const start = hit.index;
    const end = start + hit[0].length;
    if (YEAR.test(hit[0]) || spans.some(([s, e]) => start < e && end > s)) continue;
    if (start < span[1] && end > span[0]) continue;
    rivals.push([start, end]);
  }
  return { lower, span, rivals };
}
