import { SCALES, SMALL_NUMBERS, TENS_NUMBERS } from './number-words';
import { readToken } from './tokens';

type Part = 'ones' | 'teen' | 'tens' | 'hundred' | 'dozen' | 'scale';
type Last = Part | 'start' | 'a' | 'numeral' | 'half';
interface State {
  total: number;
  current: number;
  last: Last;
}

/** Which part of a number may follow which ("six" after "twenty", "hundred" after "two"). */
const FOLLOWS: Record<Part, readonly Last[]> = {
  ones: ['start', 'tens', 'hundred', 'scale'],
  teen: ['start', 'hundred', 'scale'],
  tens: ['start', 'hundred', 'scale'],
  hundred: ['a', 'numeral', 'ones', 'teen', 'tens'],
  dozen: ['a', 'numeral', 'ones', 'teen', 'tens'],
  scale: ['a', 'numeral', 'ones', 'teen', 'tens', 'hundred', 'half'],
};

/**
 * Reads a written number from `pos` in folded lowercase text: "twenty-six", "twenty six",
 * "two hundred and five", "a dozen", "two dozen" (24), "three and a half" (3.5), "two and a
 * half million". With `seed`, continues a numeral already read ("825 million", "3 dozen").
 * Stops before the first word that does not continue the number; a hyphenated word counts
 * only if every part is a number word ("two-day" is not a number). Returns the value and the
 * end offset, or undefined when no number was read (a seed alone counts as one).
 */
export function readNumberWords(
  lower: string,
  pos: number,
  seed?: number,
): { value: number; end: number } | undefined {
  const state: State = {
    total: 0,
    current: seed ?? 0,
    last: seed === undefined ? 'start' : 'numeral',
  };
  let end = pos;
  for (let token = readToken(lower, pos); token?.kind === 'word'; token = readToken(lower, end)) {
    const joined = readJoiner(lower, token.text, token.end, state);
    if (joined !== undefined) {
      end = joined;
      continue;
    }
    const next = { ...state };
    if (!token.text.split('-').every((word) => step(next, word))) break;
    Object.assign(state, next);
    end = token.end;
  }
  if (state.last === 'start' || state.last === 'a') return undefined;
  return { value: Number((state.total + state.current).toPrecision(12)), end };
}

/** Applies one number word to `state`; false if it is not a number word or cannot follow. */
function step(state: State, word: string): boolean {
  const small = SMALL_NUMBERS.get(word);
  const tens = TENS_NUMBERS.get(word);
  const scale = SCALES.get(word);
  let part: Part | undefined;
  if (small !== undefined) part = small < 10 ? 'ones' : 'teen';
  else if (tens !== undefined) part = 'tens';
  else if (scale !== undefined) part = 'scale';
  else if (word === 'hundred' || word === 'dozen') part = word;
  if (part === undefined || !FOLLOWS[part].includes(state.last)) return false;
  const base = Math.max(state.current, 1);
  if (part === 'hundred') state.current = base * 100;
  else if (part === 'dozen') state.current = base * 12;
  else if (part === 'scale') {
    state.total += base * (scale ?? 1);
    state.current = 0;
  } else state.current += small ?? tens ?? 0;
  state.last = part;
  return true;
}

/**
 * Joining words, applied to `state` when they fit: "a" before "dozen", "hundred" or a scale
 * stands for one; "and a half" adds 0.5; "and" after "hundred" joins what follows ("two
 * hundred and five"). Returns the offset after what was consumed, else undefined.
 */
function readJoiner(lower: string, word: string, after: number, state: State): number | undefined {
  if (word !== 'a' && word !== 'and') return undefined;
  const next = readToken(lower, after);
  const nextWord = next?.text ?? '';
  if (word === 'a') {
    const multiplies = nextWord === 'dozen' || nextWord === 'hundred' || SCALES.has(nextWord);
    if (state.last !== 'start' || !multiplies) return undefined;
    state.last = 'a';
    return after;
  }
  if (nextWord === 'a' && next !== undefined) {
    const half = readToken(lower, next.end);
    if (half?.text !== 'half' || ['start', 'a', 'half'].includes(state.last)) return undefined;
    state.current += 0.5;
    state.last = 'half';
    return half.end;
  }
  const first = nextWord.split('-')[0] ?? '';
  const continues = SMALL_NUMBERS.has(first) || TENS_NUMBERS.has(first);
  return state.last === 'hundred' && continues ? after : undefined;
}
