import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markedPieces } from '@/src/ui/marked-pieces';

const text = '  Rutte said Rutte.  ';

describe('markedPieces', () => {
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
  ])('marks %j', (spans, pieces) => {
    expect(markedPieces(text, 0, text.length, spans)).toEqual(pieces);
  });

  it('always joins back to the trimmed range (property)', () => {
    const span = fc.record({ start: fc.nat(30), end: fc.nat(30) });
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(span), (s, spans) => {
        const pieces = markedPieces(s, 0, s.length, spans);
        expect(pieces.map((p) => p.text).join('')).toBe(
          s.trim().length ? s.slice(s.search(/\S/), s.search(/\s*$/)) : '',
        );
      }),
    );
  });
});
