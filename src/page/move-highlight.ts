import { emphasize } from '../highlight/emphasize';
import { nextHighlight } from '../highlight/next-highlight';

/** Which way the next/previous-highlight commands walk. */
export type Direction = 'next' | 'previous';

/**
 * Moves to the next (or previous) highlighted mention in document order, wrapping at the
 * ends: from the focused mention, else from the focused element, else from the page's start
 * (or end). Scrolls to it, flashes it and focuses it, which opens its hover card. Returns
 * whether there was a mention to move to.
 */
export function moveHighlight(doc: Document, direction: Direction): boolean {
  const focused = doc.activeElement;
  const from = focused && focused !== doc.body && focused !== doc.documentElement ? focused : null;
  const target = nextHighlight(doc, from, direction);
  if (!target) return false;
  emphasize(target);
  return true;
}
