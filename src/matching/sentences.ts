import { isLower } from './char-classes';
import { isAbbreviationDot } from './abbreviations';

// Closing quotes and brackets that stay with the sentence they end: " ' ” ’ » ) ].
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0xbb, 0x29, 0x5d]);

/**
 * Splits news text into sentences, as [start, end) offsets of `text` (UTF-16), trimmed of
 * whitespace, in order, never empty. A sentence ends:
 * - at a line break (headlines and paragraphs of a report are lines) or a page's block
 *   separator (U+0000, between the blocks of a page's collected text);
 * - after . ! ? or … and any closing quotes or brackets ("in the air." Zelenskyy), when
 *   whitespace follows and the next word does not start with a lowercase letter ("committed…
 *   to deploy" stays whole), and the dot is not an abbreviation's ("U.S. President",
 *   "Sep. 4", "Mr. Merz"; see `isAbbreviationDot`).
 * A quotation of several sentences is split like any other text. With `lineBreaks: false`
 * (a web page's collected text, whose line breaks are the HTML source's whitespace) only the
 * block separator and the terminators end a sentence. O(n).
 */
export function splitSentences(text: string, lineBreaks = true): [number, number][] {
  const sentences: [number, number][] = [];
  let start = skipSpace(text, 0);
  const close = (end: number) => {
    let trimmed = end;
    while (trimmed > start && isSpace(text.charCodeAt(trimmed - 1))) trimmed--;
    if (trimmed > start) sentences.push([start, trimmed]);
    start = skipSpace(text, end);
  };
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Plain comparisons: this loop reads every character of the page.
    const end =
      code === 0 || (lineBreaks && isLineBreak(code))
        ? i
        : isTerminator(code)
          ? sentenceEnd(text, i)
          : undefined;
    if (end !== undefined) {
      close(end);
      i = start - 1;
    }
  }
  close(text.length);
  return sentences;
}

/**
 * The sentence of `text` containing offsets [start, end), as [start, end) offsets, found by
 * splitting only a window of `reach` characters on either side (so calling it for every
 * figure of a long page stays linear). Falls back to the window itself. `lineBreaks` as for
 * `splitSentences`.
 */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
  reach = 300,
  lineBreaks = true,
): [number, number] {
  const from = Math.max(0, start - reach);
  const to = Math.min(text.length, end + reach);
  const found = splitSentences(text.slice(from, to), lineBreaks).find(
    ([s, e]) => s + from <= start && e + from >= end,
  );
  return found ? [found[0] + from, found[1] + from] : [from, to];
}

/** Where a sentence ends if the terminator at `i` ends one, else undefined. */
function sentenceEnd(text: string, i: number): number | undefined {
  let end = i + 1;
  while (end < text.length && isTerminator(text.charCodeAt(end))) end++;
  while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
  if (end >= text.length) return end;
  if (!isSpace(text.charCodeAt(end))) return undefined;
  const next = skipSpace(text, end);
  if (next < text.length && isLower(text.charCodeAt(next))) return undefined;
  if (text.charCodeAt(i) === 0x2e && end === i + 1 && isAbbreviationDot(text, i)) {
    return undefined;
  }
  return end;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x3000
  );
}

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

function isLineBreak(code: number): boolean {
  // U+0000 is the page's block separator (src/dom/collect-text.ts): a paragraph's end.
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029 || code === 0;
}
