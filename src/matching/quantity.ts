import { isDigit, isLetter, isWordChar } from './char-classes';
import type { FigureLanguage } from './figure-language';
import { readToken } from './tokens';
import type { Qualifier } from './types';
import { readNumberWords } from './written-number';

/** A number read from folded text, before any unit. Offsets are folded-text offsets. */
export interface Quantity {
  start: number;
  end: number;
  value: number;
  /** The currency symbol before the number, if any. */
  currency?: '$' | '€' | '£';
  /** A bare four-digit integer from 1800 to 2199, which is more often a year than a count. */
  yearLike: boolean;
  /** Letters follow the number with no space ("125km", "26th"); only a unit may do that. */
  glued: boolean;
  /** A qualifier the number's own words carry ("une trentaine": about 30). */
  qualifier?: Qualifier;
}

type Read = { value: number; end: number };

/**
 * Reads a quantity at `pos` of folded lowercase text, in `language`'s words and marks: a
 * numeral ("26", "3,350", "1.1"; "3,5", "3.350", "3 350"), a written number ("twenty-six",
 * "two dozen", "vingt-six", "sechsundzwanzig", "une trentaine"), either with a scale ("825
 * million", "825 millions", "825 Mio."), or money ("$825 million", "€1.1bn", "$5k";
 * abbreviations only glued to money). Undefined when there is no number at `pos`.
 */
export function readQuantity(
  lower: string,
  pos: number,
  language: FigureLanguage,
): Quantity | undefined {
  const first = readToken(lower, pos);
  if (first === undefined || first.start !== pos) return undefined;
  if (first.kind === 'word') return readWords(lower, pos, language);
  const currency = first.kind === 'currency' ? (first.text as Quantity['currency']) : undefined;
  const token = currency === undefined ? first : readToken(lower, first.end);
  if (token?.kind !== 'number' || (currency && token.start !== first.end)) return undefined;
  const numeral = readNumeral(lower, token.start, language);
  let { value, end } = numeral;
  const glued = isLetter(lower.charCodeAt(end)) ? readToken(lower, end) : undefined;
  const abbreviation = currency ? language.moneyScales.get(glued?.text ?? '') : undefined;
  if (glued !== undefined && abbreviation !== undefined) {
    value = Number((value * abbreviation).toPrecision(12));
    end = glued.end;
  } else if (glued !== undefined) {
    return { start: pos, end, value, currency, yearLike: false, glued: true };
  }
  const words = language.grammar
    ? readNumberWords(lower, end, language.grammar, value)
    : readScale(lower, end, value, language);
  const yearLike = !currency && /^\d{4}$/.test(numeral.text) && value >= 1800 && value < 2200;
  return {
    start: pos,
    end: words?.end ?? end,
    value: words?.value ?? value,
    currency,
    yearLike: yearLike && (words?.end ?? end) === end,
    glued: false,
  };
}

/**
 * A numeral in `language`'s separators at `start`: digits, groups of three after a group
 * separator, then a decimal part ("3.350", "3 350", "3,5").
 */
function readNumeral(
  lower: string,
  start: number,
  language: FigureLanguage,
): Read & { text: string } {
  let end = digitsEnd(lower, start);
  let digits = lower.slice(start, end);
  for (;;) {
    const sep = lower[end] ?? '';
    const group = digitsEnd(lower, end + 1);
    if (!language.groups.includes(sep) || group !== end + 4) break;
    digits += lower.slice(end + 1, group);
    end = group;
  }
  if (lower[end] === language.decimal && isDigit(lower.charCodeAt(end + 1))) {
    const decimals = digitsEnd(lower, end + 1);
    digits += `.${lower.slice(end + 1, decimals)}`;
    end = decimals;
  }
  return { value: Number(digits), end, text: lower.slice(start, end) };
}

function digitsEnd(lower: string, start: number): number {
  let end = start;
  while (isDigit(lower.charCodeAt(end))) end++;
  return end;
}

/**
 * A written number at `pos`: a round count ("une trentaine"), else one read by the language's
 * grammar, else one of its number phrases with its scale.
 */
function readWords(lower: string, pos: number, language: FigureLanguage): Quantity | undefined {
  const first = readToken(lower, pos)!;
  const approximate = language.approximations.articles.has(first.text)
    ? readToken(lower, first.end)
    : undefined;
  const round = approximate && language.approximations.words.get(approximate.text);
  if (approximate !== undefined && round !== undefined) {
    const base = { start: pos, yearLike: false, glued: false, qualifier: 'about' as const };
    return { ...base, end: approximate.end, value: round };
  }
  if (language.grammar) {
    const written = readNumberWords(lower, pos, language.grammar);
    return written && { start: pos, ...written, yearLike: false, glued: false };
  }
  for (const [phrase, value] of language.numbers.get(first.text) ?? []) {
    if (!lower.startsWith(phrase, pos) || isWordChar(lower.charCodeAt(pos + phrase.length))) {
      continue;
    }
    const end = pos + phrase.length;
    const scaled = readScale(lower, end, value, language);
    return {
      start: pos,
      end: scaled?.end ?? end,
      value: scaled?.value ?? value,
      yearLike: false,
      glued: false,
    };
  }
  return undefined;
}

/** A scale word after a number ("825 millions", "825 Mio."): the scaled value, or undefined. */
function readScale(
  lower: string,
  pos: number,
  value: number,
  language: FigureLanguage,
): Read | undefined {
  const token = readToken(lower, pos);
  const scale = token?.kind === 'word' ? language.scales.get(token.text) : undefined;
  if (token === undefined || scale === undefined) return undefined;
  const dotted = language.dottedScales.has(token.text) && lower[token.end] === '.';
  return { value: Number((value * scale).toPrecision(12)), end: token.end + (dotted ? 1 : 0) };
}
