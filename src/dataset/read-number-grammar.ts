import type { NumberGrammarSpec } from '../matching/figure-words-spec';
import { numberRecord, record, type Fail } from './pack-values';

/**
 * Checks a grammar of written numbers (`NumberGrammarSpec`): its multipliers, and its
 * article, "and" and half as words; the numbers it builds from must be below twenty (ones
 * and teens) and its tens multiples of ten, from twenty.
 */
export function readGrammar(
  value: unknown,
  numbers: Record<string, number>,
  tens: Record<string, number> | undefined,
  fail: Fail,
): NumberGrammarSpec {
  const grammar = record('numbers.grammar', value, fail);
  for (const [word, n] of Object.entries(numbers)) {
    if (!Number.isInteger(n) || n >= 20) {
      fail(
        `numbers.numbers.${word}`,
        'must be a whole number below 20 where a grammar builds the rest',
      );
    }
  }
  for (const [word, n] of Object.entries(tens ?? {})) {
    if (n % 10 !== 0 || n < 20 || n > 90) fail(`numbers.tens.${word}`, 'must be 20, 30, ... or 90');
  }
  const words = (name: 'article' | 'and' | 'half') => {
    const given = grammar[name];
    if (typeof given !== 'string' || !/^\p{L}+( \p{L}+)*$/u.test(given)) {
      fail(`numbers.grammar.${name}`, 'must be a word or words');
    }
    return given as string;
  };
  for (const key of Object.keys(grammar)) {
    if (!['hundreds', 'multiples', 'article', 'and', 'half'].includes(key)) {
      fail(`numbers.grammar.${key}`, 'unknown field (hundreds, multiples, article, and, half)');
    }
  }
  return {
    hundreds: numberRecord('numbers.grammar.hundreds', grammar.hundreds, fail, true),
    multiples: numberRecord('numbers.grammar.multiples', grammar.multiples, fail, true),
    article: words('article'),
    and: words('and'),
    half: words('half'),
  };
}
