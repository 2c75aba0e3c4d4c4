import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard, VIEWPORT_MARGIN } from '@/src/card/place-card';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };

describe('placeCard', () => {
  it.each([
    ['below, left-aligned', { left: 100, top: 100, width: 50, height: 20 }, 100, 120 + CARD_GAP],
    ['above near the bottom', { left: 100, top: 700, width: 50, height: 20 }, 100, 494],
    ['shifted left at the right edge', { left: 900, top: 100, width: 50, height: 20 }, 692, 126],
    ['inside at the left edge', { left: -40, top: 100, width: 50, height: 20 }, 8, 126],
  ])('puts the card %s', (_, anchor, left, top) => {
    expect(placeCard(anchor, card, viewport)).toEqual({ left, top });
  });

  it('keeps a card that fits inside the viewport, wherever the highlight is', () => {
    const box = fc.record({
      left: fc.integer({ min: -500, max: 1500 }),
      top: fc.integer({ min: -500, max: 1500 }),
      width: fc.integer({ min: 1, max: 400 }),
      height: fc.integer({ min: 1, max: 60 }),
    });
    const size = fc.record({
      width: fc.integer({ min: 1, max: viewport.width - 2 * VIEWPORT_MARGIN }),
      height: fc.integer({ min: 1, max: viewport.height - 2 * VIEWPORT_MARGIN }),
    });
    fc.assert(
      fc.property(box, size, (anchor, card) => {
        const { left, top } = placeCard(anchor, card, viewport);
        expect(left).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
        expect(top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
        expect(left + card.width).toBeLessThanOrEqual(viewport.width - VIEWPORT_MARGIN);
        expect(top + card.height).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
      }),
    );
  });

  it('never covers a highlight in the middle of the viewport', () => {
    fc.assert(
      fc.property(fc.integer({ min: 250, max: 550 }), (y) => {
        const anchor = { left: 400, top: y, width: 80, height: 20 };
        const { top } = placeCard(anchor, card, viewport);
        expect(top >= y + 20 || top + card.height <= y).toBe(true);
      }),
    );
  });
});
