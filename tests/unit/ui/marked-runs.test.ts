import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markedRuns } from '@/src/ui/marked-runs';

const text = '  Rutte said Rutte.  ';

describe('markedRuns', () => {
  it.each([
    [[], [{ text: 'Rutte said Rutte.', marked: false }]],
    [
      [{ start: 2, end: 7 }],
      [
        { text: 'Rutte', marked: true },
        { text: ' said Rutte.', marked: false },
      ],
    ],
    [
      [
        { start: 13, end: 18 },
        { start: 2, end: 7 },
      ],
      [
        { text: 'Rutte', marked: true },
        { text: ' said ', marked: false },
        { text: 'Rutte', marked: true },
        { text: '.', marked: false },
      ],
    ],
    [
      [
        { start: 2, end: 7 },
        { start: 4, end: 9 },
      ],
      [
        { text: 'Rutte', marked: true },
        { text: ' said Rutte.', marked: false },
      ],
    ],
  ])('marks %j', (spans, runs) => {
    expect(markedRuns(text, 0, text.length, spans)).toEqual(runs);
  });

  it('always joins back to the trimmed range (property)', () => {
    const span = fc.record({ start: fc.nat(30), end: fc.nat(30) });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(span), (s, spans) => {
        const runs = markedRuns(s, 0, s.length, spans);
        expect(runs.map((p) => p.text).join('')).toBe(
          s.trim().length ? s.slice(s.search(/\S/), s.search(/\s*$/)) : '',
        );
      }),
    );
  });
});
