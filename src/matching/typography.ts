/**
 * How the normaliser folds typographic variants. Each function takes one UTF-16 code unit.
 * The tables are closed lists so the fold is predictable; anything not listed is kept
 * (after diacritic stripping).
 */

const SPACES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004,
  0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

// Soft hyphen, zero-width space/joiners, word joiner, BOM, direction marks.
const INVISIBLE = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0xfeff]);

const FOLDS = new Map<number, string>([
  [0x2018, "'"],
  [0x2019, "'"],
  [0x201b, "'"],
  [0x02bc, "'"],
  [0x2032, "'"],
  [0x201c, '"'],
  [0x201d, '"'],
  [0x201e, '"'],
  [0x201f, '"'],
  [0x2033, '"'],
  [0x2010, '-'],
  [0x2011, '-'],
  [0x2012, '-'],
  [0x2013, '-'],
  [0x2014, '-'],
  [0x2015, '-'],
  [0x2212, '-'],
  [0xfe63, '-'],
  [0xff0d, '-'],
]);

/** True for any space, tab, line or paragraph break, NBSP, narrow NBSP or thin space. */
export function isSpace(code: number): boolean {
  return SPACES.has(code);
}

/** True for characters that carry no text and are dropped: soft hyphen, zero-width chars. */
export function isInvisible(code: number): boolean {
  return INVISIBLE.has(code);
}

/** The ASCII stand-in for a curly quote, prime, apostrophe variant or dash; else undefined. */
export function asciiFold(code: number): string | undefined {
  return FOLDS.get(code);
}
