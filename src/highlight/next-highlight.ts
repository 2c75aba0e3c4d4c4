import type { ItemKind } from '../matching/types';
import { ATTR } from './dom-contract';
import { highlightOf, mentionHeads } from './mention-pieces';

/** Which mentions to walk: all, those of one kind, or those of one item. */
export interface MentionFilter {
  kind?: ItemKind;
  id?: string;
}

/**
 * The first piece of the mention after (or before) `from` in document order, wrapping around
 * at the ends; null when the page has no (matching) mention. `from` may be a highlight piece,
 * any node (the focused element, a selection's anchor) or null to start at an end. Each call
 * reads the page afresh: O(pieces + log(mentions) position comparisons).
 */
export function nextHighlight(
  doc: Document,
  from: Node | null,
  direction: 'next' | 'previous' = 'next',
  filter: MentionFilter = {},
): HTMLElement | null {
  const heads = mentionHeads(doc).filter(
    (head) =>
      (filter.kind === undefined || head.getAttribute(ATTR.kind) === filter.kind) &&
      (filter.id === undefined || head.getAttribute(ATTR.id) === filter.id),
  );
  if (heads.length === 0) return null;
  const step = direction === 'next' ? 1 : -1;
  const piece = highlightOf(from);
  const mention = piece?.getAttribute(ATTR.mention);
  const own = heads.findIndex((head) => head.getAttribute(ATTR.mention) === mention);
  if (own >= 0) return heads[(own + step + heads.length) % heads.length]!;
  if (from === null) return direction === 'next' ? heads[0]! : heads[heads.length - 1]!;
  // Index of the first head that follows `from` (or lies inside it).
  let low = 0;
  let high = heads.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const position = from.compareDocumentPosition(heads[middle]!);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) high = middle;
    else low = middle + 1;
  }
  const index = direction === 'next' ? low : low - 1;
  return heads[(index + heads.length) % heads.length]!;
}
