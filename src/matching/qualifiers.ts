import { isWordChar } from './char-classes';
import type { FigureLanguage } from './figure-language';
import type { Qualifier } from './types';

/**
 * Reads a qualifier phrase of `language` ending just before the number at `numberStart` of
 * folded lowercase text, separated from it by one space: "More than 26", "approximately
 * 125", "over two dozen", "rund 30". Returns where the phrase starts, or undefined (the
 * figure is then `exact`). The phrase must start at a word boundary and not before `floor`.
 */
export function readQualifier(
  lower: string,
  numberStart: number,
  floor: number,
  language: FigureLanguage,
): { qualifier: Qualifier; start: number } | undefined {
  if (lower.charCodeAt(numberStart - 1) !== 0x20) return undefined;
  for (const [phrase, qualifier] of language.qualifiers) {
    const start = numberStart - 1 - phrase.length;
    if (start < floor || !lower.startsWith(phrase, start)) continue;
    if (start > 0 && isWordChar(lower.charCodeAt(start - 1))) continue;
    return { qualifier, start };
  }
  return undefined;
}
