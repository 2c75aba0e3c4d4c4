/** A rectangle in viewport pixels (what getBoundingClientRect gives). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Gap between the highlight and the card, and the least margin to the viewport's edges (px). */
export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

/** The least height a card is shrunk to (it scrolls inside) before it may cover its highlight. */
export const MIN_CARD_HEIGHT = 120;

/** Where a card goes: fixed-position `left` and `top` in px, and a cap on its height. */
export interface Placement {
  left: number;
  top: number;
  /** Set when the card is taller than the room it gets: it scrolls inside this height. */
  maxHeight?: number;
}

/**
 * Where to put a card of `card` size (only width and height are read) for a highlight at
 * `anchor`, in a `viewport` of the given size: below the highlight, left edges aligned; above
 * it when there is not room below but there is above. A card that fits on neither side goes
 * on the roomier one with its height capped to that room (it scrolls inside), so it never
 * hides the words it describes, unless both sides have less than MIN_CARD_HEIGHT; the card
 * always stays inside the viewport.
 */
export function placeCard(
  anchor: Box,
  card: Pick<Box, 'width' | 'height'>,
  viewport: { width: number; height: number },
): Placement {
  // A card's edges never leave the margins, even for a highlight at the viewport's edge.
  const below = Math.max(anchor.top + anchor.height + CARD_GAP, VIEWPORT_MARGIN);
  const aboveBottom = Math.min(anchor.top - CARD_GAP, viewport.height - VIEWPORT_MARGIN);
  const roomBelow = viewport.height - VIEWPORT_MARGIN - below;
  const roomAbove = aboveBottom - VIEWPORT_MARGIN;
  const left = clamp(anchor.left, viewport.width - VIEWPORT_MARGIN - card.width);
  const place = (top: number, height: number): Placement => {
    const placed = { left, top: clamp(top, viewport.height - VIEWPORT_MARGIN - height) };
    return height < card.height ? { ...placed, maxHeight: height } : placed;
  };
  if (card.height <= roomBelow) return place(below, card.height);
  if (card.height <= roomAbove) return place(aboveBottom - card.height, card.height);
  const fullHeight = viewport.height - 2 * VIEWPORT_MARGIN;
  const room = Math.max(roomBelow, roomAbove, MIN_CARD_HEIGHT);
  const height = Math.max(0, Math.min(card.height, room, fullHeight));
  return roomBelow >= roomAbove ? place(below, height) : place(aboveBottom - height, height);
}

/** `value`, at most `max`, and never above the margin (the left or top edge wins). */
function clamp(value: number, max: number): number {
  return Math.max(VIEWPORT_MARGIN, Math.min(value, max));
}
