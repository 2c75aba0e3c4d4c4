import { isLetter } from './char-classes';
import { SCALE_ABBREVIATIONS } from './number-words';
import { readToken } from './tokens';
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
}

/**
 * Reads a quantity at `pos` of folded lowercase text: a numeral ("26", "3,350", "1.1"), a
 * written number ("twenty-six", "two dozen"), either with a scale ("825 million", "1.1
 * billion"), or money ("$825 million", "€1.1bn", "$5k"; abbreviations only glued to money).
 * Undefined when there is no number at `pos`.
 */
export function readQuantity(lower: string, pos: number): Quantity | undefined {
  const first = readToken(lower, pos);
  if (first === undefined || first.start !== pos) return undefined;
  if (first.kind === 'word') {
    const written = readNumberWords(lower, pos);
    if (written === undefined) return undefined;
    return { start: pos, end: written.end, value: written.value, yearLike: false, glued: false };
  }
  const currency = first.kind === 'currency' ? (first.text as Quantity['currency']) : undefined;
  const numeral = currency === undefined ? first : readToken(lower, first.end);
  if (numeral?.kind !== 'number' || (currency && numeral.start !== first.end)) return undefined;
  let value = Number(numeral.text.replaceAll(',', ''));
  let end = numeral.end;
  const glued = isLetter(lower.charCodeAt(end)) ? readToken(lower, end) : undefined;
  const abbreviation = currency ? SCALE_ABBREVIATIONS.get(glued?.text ?? '') : undefined;
  if (glued !== undefined && abbreviation !== undefined) {
    value = Number((value * abbreviation).toPrecision(12));
    end = glued.end;
  } else if (glued !== undefined) {
    return { start: pos, end, value, currency, yearLike: false, glued: true };
  }
  const words = readNumberWords(lower, end, value);
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
