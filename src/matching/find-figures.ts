import { isDigit, isWordChar } from './char-classes';
import { readDate, type DateWords } from './dates';
import type { FigureLanguage } from './figure-language';
import { createFigureTrigger } from './figure-trigger';
import { originalEnd, originalStart, type NormalizedText } from './normalize';
import { readQualifier } from './qualifiers';
import { readQuantity, type Quantity } from './quantity';
import { readToken } from './tokens';
import { readUnit, type UnitRead } from './units';
import type { FigureMatch } from './types';

/** A figure found in a text before it is compared with the dataset; original offsets. */
export interface FigureFound extends Pick<
  FigureMatch,
  'start' | 'end' | 'text' | 'value' | 'unit' | 'qualifier'
> {
  /** The counted noun, folded ("nations"); absent for money and dates. */
  noun?: string;
  /** The folded words between the number and its noun ("eram", "long-range"). */
  modifiers?: readonly string[];
}

/**
 * What to read: everything, in a language's figure words (`language`) and date words
 * (`dates`; none: no dates), or only dates (a language whose numbers and units the engine
 * does not read).
 */
export type FigureReading =
  | { language: FigureLanguage; dates?: DateWords; datesOnly?: undefined }
  | { datesOnly: true; dates: DateWords; language?: undefined };

// Modifiers allowed between a number and its unit ("3,350 ERAM long-range missiles").
const MAX_MODIFIERS = 3;

/**
 * Finds figures in a normalised text, non-overlapping, in order: dates (see `readDate`),
 * money ("$825 million" -> usd 825000000, "€1.1 billion" -> eur 1100000000) and numbers
 * followed by a unit word, possibly after up to three modifiers ("two aid workers").
 * A qualifier before the number joins the span and sets `qualifier` ("More than 26
 * countries" -> more-than 26). A number with no unit is not a figure: bare numbers are
 * mostly years, ages, ranks and page furniture, and highlighting them would be noise. A
 * four-digit year-like number takes a unit only right after it ("2022 leaders" but not
 * "2022 European leaders"). A part counted against a whole is one figure of the part's
 * value: "26 of the 35 countries" is 26 countries. Amounts in pounds are skipped (no unit for them).
 * O(n): a regex jumps between candidate starts and the parser reads a few tokens at each.
 * Hand-written rather than a library: the content script has a 30 KB gzip budget, and
 * general NLP number parsers weigh more than the whole engine while knowing no units.
 */
export function findFigures(norm: NormalizedText, reading: FigureReading): FigureFound[] {
  const { text, lower } = norm;
  const { dates, language } = reading;
  // Dates alone are written day first, from a digit ("4 septembre", "4. September").
  const trigger = language ? triggerOf(language) : /[0-9]/g;
  trigger.lastIndex = 0;
  const found: FigureFound[] = [];
  let floor = 0;
  for (let hit = trigger.exec(lower); hit !== null; hit = trigger.exec(lower)) {
    const pos = hit.index;
    if (pos < floor || continuesWord(lower, pos)) continue;
    const figure =
      readDateFigure(text, lower, pos, dates) ??
      (language && readCountFigure(lower, pos, floor, language));
    if (figure === undefined) continue;
    const start = originalStart(norm, figure.start);
    const end = originalEnd(norm, figure.end);
    found.push({ ...figure, start, end, text: norm.original.slice(start, end) });
    floor = figure.end;
    trigger.lastIndex = figure.end;
  }
  return found;
}

type Parsed = Omit<FigureFound, 'text'>;

// Each language's trigger, compiled once (a pack's runs to hundreds of words).
const triggers = new WeakMap<FigureLanguage, RegExp>();

function triggerOf(language: FigureLanguage): RegExp {
  let trigger = triggers.get(language);
  if (trigger === undefined) {
    trigger = createFigureTrigger(language);
    triggers.set(language, trigger);
  }
  return trigger;
}

function readDateFigure(
  text: string,
  lower: string,
  pos: number,
  words?: DateWords,
): Parsed | undefined {
  const date = words && readDate(text, lower, pos, words);
  return date && { ...date, unit: 'date', qualifier: 'exact' };
}

function readCountFigure(
  lower: string,
  pos: number,
  floor: number,
  language: FigureLanguage,
): Parsed | undefined {
  const quantity = readQuantity(lower, pos, language);
  if (quantity === undefined) return undefined;
  const unit = unitOf(lower, quantity, language) ?? partitiveUnit(lower, quantity, language);
  if (unit === undefined) return undefined;
  const qualified = readQualifier(lower, quantity.start, floor, language);
  const half = language.halves.find((words) => endsWith(lower, unit.end, ` ${words}`));
  return {
    start: qualified?.start ?? quantity.start,
    end: unit.end + (half === undefined ? 0 : half.length + 1),
    value: quantity.value + (half === undefined ? 0 : 0.5),
    unit: unit.unit,
    qualifier: qualified?.qualifier ?? quantity.qualifier ?? 'exact',
    ...(unit.noun === undefined ? {} : { noun: unit.noun, modifiers: unit.modifiers }),
  };
}

/** Whether `words` is written at `pos` and ends a word there. */
function endsWith(lower: string, pos: number, words: string): boolean {
  return lower.startsWith(words, pos) && !isWordChar(lower.charCodeAt(pos + words.length));
}

function unitOf(
  lower: string,
  quantity: Quantity,
  language: FigureLanguage,
): (Pick<UnitRead, 'unit' | 'end'> & Partial<UnitRead>) | undefined {
  if (quantity.currency === '$') return { unit: 'usd', end: quantity.end };
  if (quantity.currency === '€') return { unit: 'eur', end: quantity.end };
  if (quantity.currency === '£') return undefined;
  // Where the sign follows the amount ("825 Mio. $", "1,1 milliard €").
  const sign = language.signAfter ? readToken(lower, quantity.end) : undefined;
  if (sign?.text === '$') return { unit: 'usd', end: sign.end };
  if (sign?.text === '€') return { unit: 'eur', end: sign.end };
  const unit = readUnit(
    lower,
    quantity.end,
    quantity.yearLike || quantity.glued ? 0 : MAX_MODIFIERS,
    language,
  );
  if (quantity.glued && unit?.unit !== 'km') return undefined;
  return unit;
}

/**
 * The unit of a part counted against a whole: "26 of the 35 countries" counts 26 countries,
 * and the whole (35) is read with it, as one figure, so it is never taken for the part's
 * count. Undefined when `quantity` is not followed by such a phrase.
 */
function partitiveUnit(
  lower: string,
  quantity: Quantity,
  language: FigureLanguage,
): ReturnType<typeof unitOf> {
  if (quantity.currency !== undefined || quantity.yearLike) return undefined;
  const { of, determiners } = language.partitive;
  const link = readToken(lower, quantity.end);
  if (link === undefined || !of.has(link.text)) return undefined;
  let next = readToken(lower, link.end);
  if (next && determiners.has(next.text)) next = readToken(lower, next.end);
  const whole = next && readQuantity(lower, next.start, language);
  if (whole === undefined || whole.currency !== undefined || whole.yearLike) return undefined;
  return unitOf(lower, whole, language);
}

/**
 * A trigger inside a word or a number ("A320", the "350" of "3,350", the "09" of a date or
 * the second bound of a range like "20-30") is no start.
 */
function continuesWord(lower: string, pos: number): boolean {
  const code = lower.charCodeAt(pos);
  if (code === 0x24 || code === 0x20ac || code === 0xa3) return false;
  const before = lower.charCodeAt(pos - 1);
  if (isWordChar(before)) return true;
  const joins = before === 0x2c || before === 0x2e || before === 0x2d || before === 0x2f;
  return joins && isDigit(lower.charCodeAt(pos - 2));
}
