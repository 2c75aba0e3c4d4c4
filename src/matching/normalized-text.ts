import { isCombiningMark } from './char-classes';

/** A text folded for matching, with the way back to the original. */
export interface NormalizedText {
  /** The string that was normalised. */
  readonly original: string;
  /** Folded text, original case kept (acronyms are matched against it). */
  readonly text: string;
  /** `text` lowercased; always the same length as `text`, so offsets are shared. */
  readonly lower: string;
  /**
   * `starts[i]` is the original offset `text[i]` comes from; `starts[text.length]` is
   * `original.length`. Non-decreasing.
   */
  readonly starts: Int32Array;
}

/**
 * The original end offset of a normalised range ending at `end` (exclusive): past the last
 * original character it came from and any combining marks folded into it. A range never
 * ends on a collapsed space, so those runs need no extent of their own.
 */
export function originalEnd(norm: NormalizedText, end: number): number {
  if (end <= 0) return 0;
  const { original } = norm;
  let j = (norm.starts[end - 1] ?? 0) + 1;
  const high = original.charCodeAt(j - 1);
  if (high >= 0xd800 && high <= 0xdbff) j++;
  while (j < original.length && isCombiningMark(original.charCodeAt(j))) j++;
  return Math.min(j, original.length);
}

/** The original offset a normalised offset `start` maps to. */
export function originalStart(norm: NormalizedText, start: number): number {
  return norm.starts[start] ?? norm.original.length;
}
