import type { Unit } from './types';
import type { FigureLanguage } from './figure-language';
import { isWordChar } from './char-classes';
import { readToken } from './tokens';

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
 * the unit's noun (a word or a phrase of `language`) right away, after one of its links
 * ("millions de dollars"), or after at most `maxSkip` modifiers ("3,350 ERAM long-range
 * missiles", "two aid workers"); where the language has compound nouns, the last part of a
 * hyphenated word ("ERAM-Raketen"). Function words, numbers and punctuation end the search.
 * Currency words ("dollars", "euros") count only right after the number.
 */
export function readUnit(
  lower: string,
  pos: number,
  maxSkip: number,
  language: FigureLanguage,
): UnitRead | undefined {
  let at = pos;
  const modifiers: string[] = [];
  for (let skipped = 0; skipped <= maxSkip; skipped++) {
    const token = readToken(lower, at);
    if (token?.kind !== 'word') return undefined;
    const money = skipped === 0;
    const noun =
      unitAt(lower, token.start, language, money) ??
      (money ? linkedUnitAt(lower, token.start, language) : undefined);
    if (noun !== undefined) return { ...noun, modifiers };
    const compound = language.compoundNouns ? compoundNoun(token.text, language) : undefined;
    if (compound !== undefined) {
      return {
        unit: compound.unit,
        end: token.end,
        noun: compound.noun,
        modifiers: [...modifiers, compound.head],
      };
    }
    modifiers.push(token.text);
    const head = token.text.split('-')[0] ?? '';
    if (language.breaks.has(token.text) || language.numbers.has(head)) return undefined;
    at = token.end;
  }
  return undefined;
}

/** The unit phrase of `language` starting at `at` and ending a word, if any. */
function unitAt(
  lower: string,
  at: number,
  language: FigureLanguage,
  money: boolean,
): Omit<UnitRead, 'modifiers'> | undefined {
  const key = readToken(lower, at)?.text ?? '';
  for (const [phrase, unit] of language.units.get(key) ?? []) {
    if (!lower.startsWith(phrase, at) || isWordChar(lower.charCodeAt(at + phrase.length))) continue;
    if (!money && (unit === 'usd' || unit === 'eur')) continue;
    return { unit, end: at + phrase.length, noun: phrase };
  }
  return undefined;
}

/** A unit after one of the language's links ("de pays", "d'euros"). */
function linkedUnitAt(
  lower: string,
  at: number,
  language: FigureLanguage,
): Omit<UnitRead, 'modifiers'> | undefined {
  for (const link of language.unitLinks) {
    if (lower.startsWith(link, at)) return unitAt(lower, at + link.length, language, true);
  }
  return undefined;
}

/** The unit a hyphenated compound's last part names ("eram-raketen": missiles). */
function compoundNoun(
  word: string,
  language: FigureLanguage,
): { unit: Unit; noun: string; head: string } | undefined {
  const cut = word.lastIndexOf('-');
  if (cut <= 0) return undefined;
  const noun = word.slice(cut + 1);
  const unit = language.units.get(noun)?.find(([phrase]) => phrase === noun)?.[1];
  if (unit === undefined || unit === 'usd' || unit === 'eur') return undefined;
  return { unit, noun, head: word.slice(0, cut) };
}
