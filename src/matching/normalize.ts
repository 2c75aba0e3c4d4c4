import { isCombiningMark } from './char-classes';
import { NormalizedBuilder } from './normalized-builder';
import type { NormalizedText } from './normalized-text';
import { asciiFold, isInvisible, isSpace } from './typography';

export type { NormalizedText } from './normalized-text';
export { originalEnd, originalStart } from './normalized-text';

/**
 * Folds `original` for matching in one pass: diacritics stripped (NFD, combining marks
 * dropped: "Élysée" -> "Elysee"), curly quotes and primes to ' and ", dashes and the
 * non-breaking hyphen to -, every space-like character and line break to a space with runs
 * collapsed to one, soft hyphens and zero-width characters removed. Case is kept in `text`
 * and folded in `lower`. Characters NFD splits into several base letters (rare outside
 * Hangul) all map to the one original character. Pure; O(n).
 */
export function normalize(original: string): NormalizedText {
  const out = new NormalizedBuilder(original);
  let lastWasSpace = false;
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    if (code > 0x20 && code < 0x7f) {
      out.keep(i);
      lastWasSpace = false;
    } else if (code === 0x20 || isSpace(code)) {
      if (lastWasSpace) out.drop(i);
      else if (code === 0x20) out.keep(i);
      else out.replace(i, ' ');
      lastWasSpace = true;
    } else if (isInvisible(code) || isCombiningMark(code)) {
      out.drop(i);
    } else {
      const folded = asciiFold(code) ?? stripMarks(original[i] ?? '');
      if (folded === original[i]) out.keep(i);
      else out.replace(i, folded);
      lastWasSpace = false;
    }
  }
  return out.finish();
}

function stripMarks(char: string): string {
  const decomposed = char.normalize('NFD');
  if (decomposed.length === 1) return decomposed;
  let out = '';
  for (let k = 0; k < decomposed.length; k++) {
    if (!isCombiningMark(decomposed.charCodeAt(k))) out += decomposed[k];
  }
  return out;
}
