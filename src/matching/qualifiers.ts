import { isWordChar } from './char-classes';
import type { Qualifier } from './types';

// Longest first, so "just over" wins over "over".
const PHRASES: readonly (readonly [string, Qualifier])[] = (
  [
    ['exactly', 'exact'],
    ['precisely', 'exact'],
    ['more than', 'more-than'],
    ['just over', 'more-than'],
    ['over', 'more-than'],
    ['upwards of', 'more-than'],
    ['in excess of', 'more-than'],
    ['at least', 'at-least'],
    ['no fewer than', 'at-least'],
    ['no less than', 'at-least'],
    ['around', 'about'],
    ['about', 'about'],
    ['approximately', 'about'],
    ['some', 'about'],
    ['roughly', 'about'],
    ['an estimated', 'about'],
    ['nearly', 'nearly'],
    ['almost', 'nearly'],
    ['close to', 'nearly'],
    ['fewer than', 'less-than'],
    ['less than', 'less-than'],
    ['just under', 'less-than'],
    ['under', 'less-than'],
  ] satisfies [string, Qualifier][]
).sort((a, b) => b[0].length - a[0].length);

/**
 * Reads a qualifier phrase ending just before the number at `numberStart` of folded
 * lowercase text, separated from it by one space: "More than 26", "approximately 125",
 * "over two dozen". Returns where the phrase starts, or undefined (the figure is then
 * `exact`). The phrase must start at a word boundary and not before `floor`.
 */
export function readQualifier(
  lower: string,
  numberStart: number,
  floor: number,
): { qualifier: Qualifier; start: number } | undefined {
  if (lower.charCodeAt(numberStart - 1) !== 0x20) return undefined;
  for (const [phrase, qualifier] of PHRASES) {
    const start = numberStart - 1 - phrase.length;
    if (start < floor || !lower.startsWith(phrase, start)) continue;
    if (start > 0 && isWordChar(lower.charCodeAt(start - 1))) continue;
    return { qualifier, start };
  }
  return undefined;
}
