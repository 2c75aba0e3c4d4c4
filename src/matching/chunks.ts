import type { Match } from './types';

/**
 * Where to cut `text` into chunks of about `size` characters that scan exactly as the whole
 * does: each cut falls just after a `separator` (a block boundary, which no match and no
 * sentence crosses), the first one at or past `size` characters from the previous cut. Returns
 * the chunks' end offsets, the last being `text.length`; a text without separators is one chunk.
 */
export function chunkEnds(text: string, size: number, separator: string): number[] {
  const ends: number[] = [];
  let from = 0;
  while (from < text.length) {
    const at = text.indexOf(separator, from + Math.max(1, size) - 1);
    const end = at < 0 ? text.length : at + 1;
    ends.push(end);
    from = end;
  }
  return ends;
}

/** Matches of `scan` over `text.slice(from, to)`, with offsets into `text`. */
export function scanChunk(
  scan: (text: string) => Match[],
  text: string,
  from: number,
  to: number,
): Match[] {
  const found = scan(text.slice(from, to));
  return from === 0
    ? found
    : found.map((m) => ({ ...m, start: m.start + from, end: m.end + from }));
}
