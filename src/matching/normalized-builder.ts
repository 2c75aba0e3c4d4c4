import type { NormalizedText } from './normalized-text';

/**
 * Accumulates the folded text as slices of unchanged runs plus replacements, so a mostly
 * ASCII page costs a handful of slices rather than one string per character.
 */
export class NormalizedBuilder {
  private parts: string[] = [];
  private starts: Int32Array;
  private length = 0;
  private runStart = 0;

  constructor(private readonly original: string) {
    this.starts = new Int32Array(original.length + 1);
  }

  /** Keeps original character `i` as it is. */
  keep(i: number): void {
    this.push(i);
  }

  /** Drops original character `i`; it maps to nothing. */
  drop(i: number): void {
    this.flush(i);
    this.runStart = i + 1;
  }

  /** Replaces original character `i` with `folded` (may be empty or several characters). */
  replace(i: number, folded: string): void {
    this.flush(i);
    this.runStart = i + 1;
    this.parts.push(folded);
    for (let k = 0; k < folded.length; k++) this.push(i);
  }

  /** The result; call once, after every original character was kept, dropped or replaced. */
  finish(): NormalizedText {
    this.flush(this.original.length);
    this.ensure(1);
    this.starts[this.length] = this.original.length;
    const text = this.parts.join('');
    return {
      original: this.original,
      text,
      lower: lowerSameLength(text),
      starts: this.starts.subarray(0, this.length + 1),
    };
  }

  private push(i: number): void {
    this.ensure(1);
    this.starts[this.length++] = i;
  }

  private flush(i: number): void {
    if (i > this.runStart) this.parts.push(this.original.slice(this.runStart, i));
  }

  private ensure(extra: number): void {
    if (this.length + extra <= this.starts.length) return;
    const grown = new Int32Array(Math.max(this.starts.length * 2, this.length + extra));
    grown.set(this.starts);
    this.starts = grown;
  }
}

/** Lowercases without changing length (a few characters, like U+0130, grow when lowered). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const folded = char.toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}
