/**
 * An Aho–Corasick automaton over UTF-16 code units. Transitions live in one Map keyed by
 * `state * alphabetSize + symbol`, where symbols number only the code units the patterns
 * use: memory stays proportional to the total pattern length (a dense table would be states
 * × alphabet), and a text character outside the alphabet sends the search straight to root.
 */
export interface Automaton {
  /** Length of each pattern, by pattern index: a match's start is its end minus this. */
  readonly patternLengths: readonly number[];
  /** Code unit -> symbol + 1; 0 for code units no pattern contains. */
  readonly symbols: Uint16Array;
  readonly alphabetSize: number;
  /** Trie edges: `state * alphabetSize + symbol` -> child state. State 0 is the root. */
  readonly next: ReadonlyMap<number, number>;
  /** Longest proper suffix of a state's path that is also a trie path. */
  readonly fail: Int32Array;
  /** Pattern ending exactly at a state, or -1. */
  readonly output: Int32Array;
  /** Nearest state down the failure chain that has an output, or 0 (root) for none. */
  readonly outputLink: Int32Array;
}

/**
 * Builds the automaton for `patterns` (compared code unit for code unit, so fold case and
 * typography before). Empty patterns are ignored; for duplicates the first index is
 * reported. O(total pattern length): failure links are found breadth-first, and along one
 * pattern their depth grows by at most one per character.
 */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const symbols = new Uint16Array(0x10000);
  let alphabetSize = 0;
  for (const pattern of patterns) {
    for (let i = 0; i < pattern.length; i++) {
      const code = pattern.charCodeAt(i);
      if (symbols[code] === 0) symbols[code] = ++alphabetSize;
    }
  }
  const next = new Map<number, number>();
  const outputs: number[] = [-1];
  const children: number[][] = [[]];
  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let i = 0; i < pattern.length; i++) {
      const key = state * alphabetSize + (symbols[pattern.charCodeAt(i)] ?? 0) - 1;
      let child = next.get(key);
      if (child === undefined) {
        child = outputs.length;
        next.set(key, child);
        outputs.push(-1);
        children.push([]);
        children[state]?.push(key - state * alphabetSize);
      }
      state = child;
    }
    if (outputs[state] === -1) outputs[state] = index;
  });
  const links = linkFailures(next, children, outputs, alphabetSize);
  return {
    patternLengths: patterns.map((p) => p.length),
    symbols,
    alphabetSize,
    next,
    output: Int32Array.from(outputs),
    ...links,
  };
}

/** Breadth-first failure and output links (classic Aho–Corasick construction). */
function linkFailures(
  next: ReadonlyMap<number, number>,
  children: readonly number[][],
  outputs: readonly number[],
  alphabetSize: number,
): { fail: Int32Array; outputLink: Int32Array } {
  const fail = new Int32Array(outputs.length);
  const outputLink = new Int32Array(outputs.length);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const symbol of children[state] ?? []) {
      const child = next.get(state * alphabetSize + symbol) ?? 0;
      queue.push(child);
      if (state === 0) continue;
      let f = fail[state] ?? 0;
      while (f !== 0 && !next.has(f * alphabetSize + symbol)) f = fail[f] ?? 0;
      const target = next.get(f * alphabetSize + symbol) ?? 0;
      fail[child] = target;
      outputLink[child] = (outputs[target] ?? -1) >= 0 ? target : (outputLink[target] ?? 0);
    }
  }
  return { fail, outputLink };
}
