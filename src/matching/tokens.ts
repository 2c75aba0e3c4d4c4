import { isDigit, isLetter, isWordChar } from './char-classes';

/** A token of folded lowercase text, as the figure parser sees it. */
export interface Token {
  /** number: digits with optional ",ddd" groups and one decimal part; word: letters. */
  kind: 'number' | 'word' | 'currency' | 'punct';
  /** Offsets into the folded text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

/**
 * Reads the token at or after `pos` in folded lowercase text, skipping spaces (the
 * normaliser has collapsed them to single spaces). A word is letters and digits with
 * inner hyphens or apostrophes ("twenty-six", "long-range", "russia's"). "3,350" and "1.1"
 * are one number; "1,1" and "26." stop before the punctuation. Undefined at the end.
 */
export function readToken(lower: string, pos: number): Token | undefined {
  let start = pos;
  while (lower.charCodeAt(start) === 0x20) start++;
  if (start >= lower.length) return undefined;
  const code = lower.charCodeAt(start);
  let end = start + 1;
  let kind: Token['kind'] = 'punct';
  if (isDigit(code)) {
    kind = 'number';
    end = numberEnd(lower, start);
  } else if (isLetter(code)) {
    kind = 'word';
    end = wordEnd(lower, start);
  } else if (code === 0x24 || code === 0x20ac || code === 0xa3) {
    kind = 'currency';
  }
  return { kind, start, end, text: lower.slice(start, end) };
}

function numberEnd(lower: string, start: number): number {
  let end = digitsEnd(lower, start);
  while (lower.charCodeAt(end) === 0x2c && digitsEnd(lower, end + 1) === end + 4) end += 4;
  if (lower.charCodeAt(end) === 0x2e && isDigit(lower.charCodeAt(end + 1))) {
    end = digitsEnd(lower, end + 1);
  }
  return end;
}

function digitsEnd(lower: string, start: number): number {
  let end = start;
  while (isDigit(lower.charCodeAt(end))) end++;
  return end;
}

function wordEnd(lower: string, start: number): number {
  let end = start + 1;
  for (;;) {
    const code = lower.charCodeAt(end);
    if (isWordChar(code)) end++;
    else if ((code === 0x2d || code === 0x27) && isLetter(lower.charCodeAt(end + 1))) end += 2;
    else return end;
  }
}
