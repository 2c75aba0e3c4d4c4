import type { Unit } from './types';
import { SMALL_NUMBERS, TENS_NUMBERS } from './number-words';
import { readToken } from './tokens';

// Plural count nouns only: "one leader" or "one country" is rarely a figure worth checking
// and, against a unit's only dataset figure, would read as a dispute.
const WORDS_BY_UNIT: Partial<Record<Unit, readonly string[]>> = {
  countries: ['countries', 'nations', 'states'],
  leaders: ['leaders'],
  missiles: ['missiles'],
  km: ['kilometres', 'kilometre', 'kilometers', 'kilometer', 'km'],
  years: ['years'],
  people: ['people', 'persons', 'workers', 'members', 'civilians', 'soldiers', 'troops'],
  usd: ['dollars', 'dollar', 'usd'],
  eur: ['euros', 'euro', 'eur'],
};

const UNIT_WORDS: ReadonlyMap<string, Unit> = new Map(
  Object.entries(WORDS_BY_UNIT).flatMap(([unit, list]) => list.map((w) => [w, unit as Unit])),
);

// Words that end a noun phrase: a unit after them counts something else ("two of the
// countries", "26 were countries").
const BREAKS = new Set(
  `of the a an and or but to in on at for from with by as than that which who whom
   were was are is be been being have has had will would could should may might can
   not no this these those its their his her our per each into after before`.split(/\s+/),
);

/** A unit read after a number: the unit, where its noun ends, the noun and the words before it. */
export interface UnitRead {
  unit: Unit;
  end: number;
  /** The counted noun as written, folded ("nations"). */
  noun: string;
  /** The folded words between the number and the noun ("eram", "long-range"). */
  modifiers: readonly string[];
}

/**
 * Reads the unit of a figure after a quantity ending at `pos` of folded lowercase text:
 * the unit word right away or after at most `maxSkip` modifiers ("3,350 ERAM long-range
 * missiles", "two aid workers"). Function words, numbers and punctuation end the search.
 * Currency words ("dollars", "euros") count only right after the number.
 */
export function readUnit(lower: string, pos: number, maxSkip: number): UnitRead | undefined {
  let at = pos;
  const modifiers: string[] = [];
  for (let skipped = 0; skipped <= maxSkip; skipped++) {
    const token = readToken(lower, at);
    if (token?.kind !== 'word') return undefined;
    const unit = UNIT_WORDS.get(token.text);
    if (unit !== undefined && (skipped === 0 || (unit !== 'usd' && unit !== 'eur'))) {
      return { unit, end: token.end, noun: token.text, modifiers };
    }
    modifiers.push(token.text);
    const head = token.text.split('-')[0] ?? '';
    if (BREAKS.has(token.text) || SMALL_NUMBERS.has(head) || TENS_NUMBERS.has(head)) {
      return undefined;
    }
    at = token.end;
  }
  return undefined;
}
