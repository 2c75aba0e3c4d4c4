import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_GAP, MIN_CARD_HEIGHT, placeCard, VIEWPORT_MARGIN } from '@/src/card/place-card';

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

  it.each([
    [
      'below, capped to the room there',
      { left: 100, top: 100, width: 50, height: 20 },
      900,
      126,
      666,
    ],
    [
      'above, capped to the room there',
      { left: 100, top: 600, width: 50, height: 20 },
      900,
      8,
      586,
    ],
  ])('puts a card taller than either side %s', (_, anchor, height, top, maxHeight) => {
    expect(placeCard(anchor, { width: 300, height }, viewport)).toEqual({
      left: 100,
      top,
      maxHeight,
    });
  });

  it('keeps any card inside the viewport, wherever the highlight is', () => {
    const box = fc.record({
      left: fc.integer({ min: -500, max: 1500 }),
      top: fc.integer({ min: -500, max: 1500 }),
      width: fc.integer({ min: 1, max: 400 }),
      height: fc.integer({ min: 1, max: 60 }),
    });
    const size = fc.record({
      width: fc.integer({ min: 1, max: viewport.width - 2 * VIEWPORT_MARGIN }),
      height: fc.integer({ min: 1, max: 3000 }),
    });
    fc.assert(
      fc.property(box, size, (anchor, card) => {
        const { top, maxHeight } = placeCard(anchor, card, viewport);
        const height = maxHeight ?? card.height;
        expect(height).toBeLessThanOrEqual(card.height);
        expect(top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
        expect(top + height).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
      }),
    );
  });

  it('never covers a highlight in view, however tall the card, while a side has room', () => {
    const anchor = fc.record({
      left: fc.integer({ min: 0, max: 900 }),
      top: fc.integer({ min: VIEWPORT_MARGIN, max: viewport.height - 40 }),
      width: fc.integer({ min: 1, max: 100 }),
      height: fc.integer({ min: 1, max: 30 }),
    });
    const size = fc.record({
      width: fc.integer({ min: 1, max: 400 }),
      height: fc.integer({ min: 1, max: 3000 }),
    });
    fc.assert(
      fc.property(anchor, size, (box, card) => {
        const roomBelow = viewport.height - VIEWPORT_MARGIN - (box.top + box.height + CARD_GAP);
        const roomAbove = box.top - CARD_GAP - VIEWPORT_MARGIN;
        fc.pre(Math.max(roomBelow, roomAbove) >= MIN_CARD_HEIGHT);
        const { top, maxHeight } = placeCard(box, card, viewport);
        const height = maxHeight ?? card.height;
        expect(top >= box.top + box.height || top + height <= box.top).toBe(true);
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
