import { describe, expect, it } from 'vitest';
import { ITEM_KINDS } from '@/src/matching/types';
import { DISPUTED_COLOUR, KIND_COLOURS, KIND_LINES } from '@/src/style/palette';

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the palette', () => {
  it.each([...ITEM_KINDS.map((kind) => [kind, KIND_COLOURS[kind]]), ['disputed', DISPUTED_COLOUR]])(
    '%s (%s) stands at least 3:1 against a white and a near-black page',
    (_, colour) => {
      expect(contrast(colour!, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(colour!, '#121212')).toBeGreaterThanOrEqual(3);
    },
  );

  it('gives every kind its own line, so none is told apart by colour alone', () => {
    const lines = ITEM_KINDS.map((kind) => JSON.stringify(KIND_LINES[kind]));
    expect(new Set(lines).size).toBe(ITEM_KINDS.length);
  });
});
