import type { FigureLanguage } from './figure-language';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

/**
 * Creates the regex that jumps the figure scanner from one possible figure start to the
 * next over folded lowercase text: a digit, a currency sign, a number word of `language`,
 * an article before a round count ("une trentaine"), a month word, and where numbers are
 * built by a grammar its article before a multiplier or a scale ("a dozen", "a million").
 * One native regex pass finds the few places worth parsing; the hand-written parser only
 * runs there. Global: the caller owns `lastIndex`.
 */
export function createFigureTrigger(language: FigureLanguage): RegExp {
  const words = [
    alternatives([
      ...language.numberWords,
      ...language.approximations.articles,
      ...language.monthWords,
    ]),
  ].filter((alternative) => alternative !== '');
  const grammar = language.grammar;
  if (grammar) {
    const multipliers = alternatives([
      ...grammar.hundreds.keys(),
      ...grammar.multiples.keys(),
      ...grammar.scales.keys(),
    ]);
    words.unshift(`${escape(grammar.article)}(?= (?:${multipliers})(?![\\p{L}\\p{N}]))`);
  }
  if (words.length === 0) return /[0-9$€£]/gu;
  return new RegExp(`[0-9$€£]|(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}
