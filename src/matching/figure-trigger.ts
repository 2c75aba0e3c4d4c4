import { ENGLISH_FIGURES, type FigureLanguage } from './figure-language';

const MULTIPLIED = 'dozen|hundred|thousand|million|billion|trillion';
const ENGLISH_WORDS = [...ENGLISH_FIGURES.numberWords, ...ENGLISH_FIGURES.monthWords].join('|');
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Creates the regex that jumps the figure scanner from one possible figure start to the
 * next over folded lowercase text: a digit, a currency sign, a number word of `language`
 * or a month word (in English also "a" before "dozen"/"hundred"/a scale; elsewhere an
 * article before a round count, "une trentaine"). One native regex pass finds the few places worth
 * parsing; the hand-written parser only runs there. Global: the caller owns `lastIndex`.
 */
export function createFigureTrigger(language: FigureLanguage = ENGLISH_FIGURES): RegExp {
  if (language.english) {
    return new RegExp(
      `[0-9$€£]|\\b(?:a(?= (?:${MULTIPLIED})\\b)|(?:${ENGLISH_WORDS})(?![a-z]))`,
      'g',
    );
  }
  const words = [
    ...language.numberWords,
    ...language.approximations.articles,
    ...language.monthWords,
  ]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');
  return new RegExp(`[0-9$€£]|(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])`, 'gu');
}
