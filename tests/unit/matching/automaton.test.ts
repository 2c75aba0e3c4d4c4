import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAutomaton } from '../../../src/matching/automaton';
import { searchAutomaton } from '../../../src/matching/automaton-search';

function allMatches(patterns: string[], text: string): [number, number][] {
  const automaton = buildAutomaton(patterns);
  const found: [number, number][] = [];
  searchAutomaton(automaton, text, (pattern, end) => found.push([pattern, end]));
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

function naive(patterns: string[], text: string): [number, number][] {
  const found: [number, number][] = [];
  const seen = new Map<string, number>();
  patterns.forEach((p, i) => {
    if (p.length > 0 && !seen.has(p)) seen.set(p, i);
  });
  for (const [p, i] of seen) {
    for (let at = text.indexOf(p); at >= 0; at = text.indexOf(p, at + 1)) {
      found.push([i, at + p.length]);
    }
  }
  return found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

describe('Aho–Corasick automaton', () => {
  it.each([
    [
      ['he', 'she', 'his', 'hers'],
      'ushers',
      [
        [1, 4],
        [0, 4],
        [3, 6],
      ],
    ],
    [
      ['zelensky', 'volodymyr zelensky'],
      'volodymyr zelensky',
      [
        [0, 18],
        [1, 18],
      ],
    ],
    [
      ['u.s.', 's.'],
      'the u.s. way',
      [
        [0, 8],
        [1, 8],
      ],
    ],
    [
      ['aa'],
      'aaaa',
      [
        [0, 2],
        [0, 3],
        [0, 4],
      ],
    ],
    [['élysée'], 'l’élysée', [[0, 8]]],
    [
      ['', 'x'],
      'xx',
      [
        [1, 1],
        [1, 2],
      ],
    ],
  ])('finds %j in %j', (patterns, text, expected) => {
    const sorted = [...expected].sort(
      (a, b) => (a[1] ?? 0) - (b[1] ?? 0) || (a[0] ?? 0) - (b[0] ?? 0),
    );
    expect(allMatches(patterns, text)).toEqual(sorted);
  });

  it('reports the first index of a duplicated pattern', () => {
    expect(allMatches(['nato', 'nato'], 'nato')).toEqual([[0, 4]]);
  });

  it('finds exactly what a naive search finds', () => {
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', ' '),
      minLength: 1,
      maxLength: 5,
    });
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'd'), maxLength: 60 }),
        (patterns, text) => {
          expect(allMatches(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
    );
  });
});
