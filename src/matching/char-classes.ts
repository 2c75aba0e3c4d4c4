/**
 * Character tests on UTF-16 code units, shared by the normaliser, the actor filters and the
 * figure tokenizer. ASCII is tested by range first because it is nearly all of a news page;
 * the Unicode property regexes only run for the rest.
 */

const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

/** True for an ASCII digit 0-9. */
export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for a letter of any script (a lone surrogate is not a letter). */
export function isLetter(code: number): boolean {
  if (code < 0x80) return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * True for a character that continues a word: a letter or digit of any script. Word
 * boundaries are the places where this is false on at least one side.
 */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCharCode(code));
}

/** True for an uppercase letter of any script. */
export function isUpper(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER.test(String.fromCharCode(code));
}

/** True for a lowercase letter of any script. */
export function isLower(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWER.test(String.fromCharCode(code));
}

/**
 * True for a combining mark that NFD splits off a letter (accents, cedillas, diaereses...):
 * the blocks Latin, Greek and Cyrillic text use.
 */
export function isCombiningMark(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  );
}
