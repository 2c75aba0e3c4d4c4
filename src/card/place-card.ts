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

/**
 * Where to put a card of `card` size (only width and height are read) for a highlight at
 * `anchor`, in a `viewport` of the given size: below the highlight, left edges aligned; above it
 * when there is not room below but there is above; shifted, and as a last resort overlapping
 * the highlight, so that the card stays inside the viewport whenever it fits. A card larger than
 * the viewport keeps its top-left corner in view. Returns fixed-position `left` and `top` in px.
 */
export function placeCard(
  anchor: Box,
  card: Pick<Box, 'width' | 'height'>,
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.top + anchor.height + CARD_GAP;
  const above = anchor.top - CARD_GAP - card.height;
  const fitsBelow = below + card.height <= viewport.height - VIEWPORT_MARGIN;
  const fitsAbove = above >= VIEWPORT_MARGIN;
  const top = fitsBelow || !fitsAbove ? below : above;
  return {
    left: clamp(anchor.left, viewport.width - VIEWPORT_MARGIN - card.width),
    top: clamp(top, viewport.height - VIEWPORT_MARGIN - card.height),
  };
}

/** `value`, at most `max`, and never above the margin (the left or top edge wins). */
function clamp(value: number, max: number): number {
  return Math.max(VIEWPORT_MARGIN, Math.min(value, max));
}
