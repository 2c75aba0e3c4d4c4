import { isUpper, isWordChar } from './char-classes';
import { readToken, type Token } from './tokens';

/** A date read from folded text; `value` is yyyymmdd with 0 for a part the text omits. */
export interface DateRead {
  start: number;
  end: number;
  value: number;
}

/** How a language writes dates: its month words, and how a day is written before a month. */
export interface DateWords {
  /** Folded lowercase month names and abbreviations -> month number (1-12). */
  months: ReadonlyMap<string, number>;
  /** Month names are capitalised (English, German), so "may" and "march" are not months. */
  capitalised: boolean;
  /** What may follow a day's number ("4th", "1er", "4."). */
  daySuffixes: readonly string[];
  /** Whether a month may come first ("September 4, 2025"). */
  monthFirst: boolean;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})/y;

/**
 * Reads a date at `pos` of the folded text (`text` keeps case; month names must be
 * capitalised, so "may" the verb and "march" the noun are not months):
 * "2025-09-04" -> 20250904; "4 September 2025", "September 4, 2025" -> 20250904;
 * "Sep 4", "Sept. 4", "4 September" -> 904 (year unknown: 0, not guessed, so the text's own
 * year is never invented); "February 2022" -> 20220200 (day unknown: 0).
 * Undefined when `pos` does not start a date.
 */
export function readDate(
  text: string,
  lower: string,
  pos: number,
  words: DateWords,
): DateRead | undefined {
  ISO.lastIndex = pos;
  const iso = ISO.exec(lower);
  if (iso !== null && !isWordChar(lower.charCodeAt(pos + 10))) {
    const [year, month, day] = [iso[1], iso[2], iso[3]].map(Number) as [number, number, number];
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { start: pos, end: pos + 10, value: year * 10000 + month * 100 + day };
    }
  }
  const first = readToken(lower, pos);
  if (first === undefined) return undefined;
  if (first.kind === 'word') {
    return words.monthFirst
      ? readMonthFirst(text, lower, first, words)
      : readMonthYear(text, lower, first, words);
  }
  const day = readDay(lower, first, words);
  const month = day && readMonth(text, lower, skipOf(lower, day.end), words);
  if (!day || !month) return undefined;
  const year = readYear(lower, month.end, true);
  return {
    start: pos,
    end: year?.end ?? month.end,
    value: pack(year?.value, month.value, day.value),
  };
}

/** A month first, then a day or a year ("September 4, 2025", "Sept. 4", "February 2022"). */
function readMonthFirst(
  text: string,
  lower: string,
  word: Token,
  words: DateWords,
): DateRead | undefined {
  const month = readMonth(text, lower, word.start, words);
  if (month === undefined) return undefined;
  const day = readDay(lower, readToken(lower, month.end), words);
  if (day === undefined) {
    const year = readYear(lower, month.end, false);
    return year && { start: word.start, end: year.end, value: pack(year.value, month.value, 0) };
  }
  const year = readYear(lower, day.end, true);
  return {
    start: word.start,
    end: year?.end ?? day.end,
    value: pack(year?.value, month.value, day.value),
  };
}

/** A month and its year, in a language that writes the day first ("Februar 2022"). */
function readMonthYear(
  text: string,
  lower: string,
  word: Token,
  words: DateWords,
): DateRead | undefined {
  const month = readMonth(text, lower, word.start, words);
  const year = month && readYear(lower, month.end, false);
  return year && { start: word.start, end: year.end, value: pack(year.value, month!.value, 0) };
}

function readMonth(
  text: string,
  lower: string,
  pos: number,
  words: DateWords,
): { value: number; end: number } | undefined {
  const token = readToken(lower, pos);
  const value = token?.kind === 'word' ? words.months.get(token.text) : undefined;
  if (token === undefined || value === undefined) return undefined;
  if (words.capitalised && !isUpper(text.charCodeAt(token.start))) return undefined;
  const dotted = token.text.length <= 4 && lower.charCodeAt(token.end) === 0x2e;
  return { value, end: dotted ? token.end + 1 : token.end };
}

function readDay(
  lower: string,
  token: Token | undefined,
  words: DateWords,
): { value: number; end: number } | undefined {
  if (token?.kind !== 'number' || !/^\d{1,2}$/.test(token.text)) return undefined;
  const value = Number(token.text);
  if (value < 1 || value > 31) return undefined;
  const suffix = words.daySuffixes.find(
    (ending) =>
      lower.startsWith(ending, token.end) &&
      !isWordChar(lower.charCodeAt(token.end + ending.length)),
  );
  if (suffix === undefined && isWordChar(lower.charCodeAt(token.end))) return undefined;
  return { value, end: token.end + (suffix?.length ?? 0) };
}

function readYear(
  lower: string,
  pos: number,
  afterComma: boolean,
): { value: number; end: number } | undefined {
  let token = readToken(lower, pos);
  if (afterComma && token?.text === ',') token = readToken(lower, token.end);
  if (token?.kind !== 'number' || !/^\d{4}$/.test(token.text)) return undefined;
  if (isWordChar(lower.charCodeAt(token.end))) return undefined;
  return { value: Number(token.text), end: token.end };
}

function skipOf(lower: string, pos: number): number {
  const token = readToken(lower, pos);
  return token?.text === 'of' ? token.end : pos;
}

function pack(year: number | undefined, month: number, day: number): number {
  return (year ?? 0) * 10000 + month * 100 + day;
}
