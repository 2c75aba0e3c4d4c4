import type { Automaton } from './automaton';

/**
 * Runs `automaton` over `text` once, calling `onMatch(pattern, end)` for every occurrence of
 * every pattern, overlapping ones included, in order of `end` (exclusive offset into
 * `text`). O(n + matches): failure links are followed at most as often as characters are
 * read, and each reported match costs one output-link step. Allocates nothing.
 */
export function searchAutomaton(
  automaton: Automaton,
  text: string,
  onMatch: (pattern: number, end: number) => void,
): void {
  const { symbols, alphabetSize, next, fail, output, outputLink } = automaton;
  let state = 0;
  for (let i = 0; i < text.length; i++) {
    const symbol = (symbols[text.charCodeAt(i)] ?? 0) - 1;
    if (symbol < 0) {
      state = 0;
      continue;
    }
    let target = next.get(state * alphabetSize + symbol);
    while (target === undefined && state !== 0) {
      state = fail[state] ?? 0;
      target = next.get(state * alphabetSize + symbol);
    }
    state = target ?? 0;
    let hit = (output[state] ?? -1) >= 0 ? state : (outputLink[state] ?? 0);
    while (hit !== 0) {
      onMatch(output[hit] ?? -1, i + 1);
      hit = outputLink[hit] ?? 0;
    }
  }
}
