import type { NumberGrammar } from './figure-language';
import { readToken } from './tokens';

type Part = 'ones' | 'teen' | 'tens' | 'hundreds' | 'multiple' | 'scale';
type Last = Part | 'start' | 'article' | 'numeral' | 'half';
interface State {
  total: number;
  current: number;
  last: Last;
}

/** Which part of a number may follow which ("six" after "twenty", "hundred" after "two"). */
const FOLLOWS: Record<Part, readonly Last[]> = {
  ones: ['start', 'tens', 'hundreds', 'scale'],
  teen: ['start', 'hundreds', 'scale'],
  tens: ['start', 'hundreds', 'scale'],
  hundreds: ['article', 'numeral', 'ones', 'teen', 'tens'],
  multiple: ['article', 'numeral', 'ones', 'teen', 'tens'],
  scale: ['article', 'numeral', 'ones', 'teen', 'tens', 'hundreds', 'half'],
};

/**
 * Reads a written number from `pos` in folded lowercase text by `grammar` (a pack's, see
 * `NumberGrammarSpec`); in English's words: "twenty-six", "twenty six", "two hundred and
 * five", "a dozen", "two dozen" (24), "three and a half" (3.5), "two and a half million".
 * With `seed`, continues a numeral already read ("825 million", "3 dozen"). Stops before the
 * first word that does not continue the number; a hyphenated word counts only if every part
 * is a number word ("two-day" is not a number). Returns the value and the end offset, or
 * undefined when no number was read (a seed alone counts as one).
 */
export function readNumberWords(
  lower: string,
  pos: number,
  grammar: NumberGrammar,
  seed?: number,
): { value: number; end: number } | undefined {
  const state: State = {
    total: 0,
    current: seed ?? 0,
    last: seed === undefined ? 'start' : 'numeral',
  };
  let end = pos;
  for (let token = readToken(lower, pos); token?.kind === 'word'; token = readToken(lower, end)) {
    const joined = readJoiner(lower, token.text, token.end, state, grammar);
    if (joined !== undefined) {
      end = joined;
      continue;
    }
    const next = { ...state };
    if (!token.text.split('-').every((word) => step(next, word, grammar))) break;
    Object.assign(state, next);
    end = token.end;
  }
  if (state.last === 'start' || state.last === 'article') return undefined;
  return { value: Number((state.total + state.current).toPrecision(12)), end };
}

/** Applies one number word to `state`; false if it is not a number word or cannot follow. */
function step(state: State, word: string, grammar: NumberGrammar): boolean {
  const small = grammar.numbers.get(word);
  const tens = grammar.tens.get(word);
  const hundreds = grammar.hundreds.get(word);
  const multiple = grammar.multiples.get(word);
  const scale = grammar.scales.get(word);
  let part: Part | undefined;
  if (small !== undefined) part = small < 10 ? 'ones' : 'teen';
  else if (tens !== undefined) part = 'tens';
  else if (hundreds !== undefined) part = 'hundreds';
  else if (multiple !== undefined) part = 'multiple';
  else if (scale !== undefined) part = 'scale';
  if (part === undefined || !FOLLOWS[part].includes(state.last)) return false;
  const base = Math.max(state.current, 1);
  if (part === 'hundreds' || part === 'multiple')
    state.current = base * (hundreds ?? multiple ?? 1);
  else if (part === 'scale') {
    state.total += base * (scale ?? 1);
    state.current = 0;
  } else state.current += small ?? tens ?? 0;
  state.last = part;
  return true;
}

/**
 * Joining words, applied to `state` when they fit: the article before a multiplier or a
 * scale stands for one ("a dozen"); the half adds 0.5 ("and a half"); "and" after a hundred
 * joins what follows ("two hundred and five"). Returns the offset after what was consumed,
 * else undefined.
 */
function readJoiner(
  lower: string,
  word: string,
  after: number,
  state: State,
  grammar: NumberGrammar,
): number | undefined {
  if (word !== grammar.article && word !== grammar.half[0] && word !== grammar.and)
    return undefined;
  const next = readToken(lower, after);
  const nextWord = next?.text ?? '';
  if (word === grammar.article) {
    const multiplies =
      grammar.hundreds.has(nextWord) ||
      grammar.multiples.has(nextWord) ||
      grammar.scales.has(nextWord);
    if (state.last !== 'start' || !multiplies) return undefined;
    state.last = 'article';
    return after;
  }
  const half = phraseEnd(lower, word, after, grammar.half);
  if (half !== undefined) {
    if (['start', 'article', 'half'].includes(state.last)) return undefined;
    state.current += 0.5;
    state.last = 'half';
    return half;
  }
  if (word !== grammar.and) return undefined;
  const first = nextWord.split('-')[0] ?? '';
  const continues = grammar.numbers.has(first) || grammar.tens.has(first);
  return state.last === 'hundreds' && continues ? after : undefined;
}

/** Where `words` end when `word` (ending at `after`) and the words after it are they. */
function phraseEnd(
  lower: string,
  word: string,
  after: number,
  words: readonly string[],
): number | undefined {
  if (word !== words[0]) return undefined;
  let end = after;
  for (const expected of words.slice(1)) {
    const token = readToken(lower, end);
    if (token?.text !== expected) return undefined;
    end = token.end;
  }
  return end;
}
