import { MONTH_WORD_LIST } from './months';
import { NUMBER_WORD_LIST } from './number-words';

const MULTIPLIED = 'dozen|hundred|thousand|million|billion|trillion';
const WORDS = [...NUMBER_WORD_LIST, ...MONTH_WORD_LIST].join('|');

/**
 * Creates the regex that jumps the figure scanner from one possible figure start to the
 * next over folded lowercase text: a digit, a currency sign, a number word, a month word,
 * or "a" before "dozen"/"hundred"/a scale. One native regex pass finds the few places worth
 * parsing; the hand-written parser only runs there. Global: the caller owns `lastIndex`.
 */
export function createFigureTrigger(): RegExp {
  return new RegExp(`[0-9$€£]|\\b(?:a(?= (?:${MULTIPLIED})\\b)|(?:${WORDS})(?![a-z]))`, 'g');
}
