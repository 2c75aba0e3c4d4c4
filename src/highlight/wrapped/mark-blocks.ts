import Mark from 'mark.js';
import type { NodePlan, Piece } from '../plan-pieces';
import { recordSplit } from '../split-undo';
import { NOTHING_TO_UNDO, type Undo } from '../undo';

/** The plans of one block (blocks.ts): the unit mark.js is called on. */
export interface BlockPlans {
  block: Element;
  plans: NodePlan[];
}

/** A range as mark.js takes it, with the piece it stands for. */
interface PieceRange {
  start: number;
  length: number;
  piece: Piece;
  text: string;
}

// mark.js leaves the text of these parents out of its context's text (matchesExclude).
const MARKJS_SKIPS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HEAD', 'HTML']);

/**
 * Wraps the pieces of `plans` (all in `block`) with one mark.js `markRanges` call on `block`:
 * the pieces' offsets are turned into offsets in mark.js's text of the block (every text node
 * under it but those it skips, joined), `filter` refuses a range whose text is not the piece's
 * (the page changed it), and `each` dresses every element mark.js made (`dress`). Returns the
 * exact Undo (split-undo.ts): each split node gets its data back and what mark.js put after it
 * goes, so the page has the very same text nodes with the same data again. mark.js does not wrap a piece
 * that is only white space (it would not show).
 */
export function markBlock(
  { block, plans }: BlockPlans,
  dress: (element: HTMLElement, piece: Piece) => void,
): Undo {
  const offsets = new Map<Node, number>();
  const wanted = new Set<Node>(plans.map((plan) => plan.node));
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node && wanted.size > 0; node = walker.nextNode()) {
    const parent = node.parentNode as Element | null;
    if (parent && MARKJS_SKIPS.has(parent.tagName)) continue;
    offsets.set(node, length);
    wanted.delete(node);
    length += (node as Text).data.length;
  }
  const ranges: PieceRange[] = [];
  const kept: { node: Text; data: string; next: Node | null }[] = [];
  for (const plan of plans) {
    const at = offsets.get(plan.node);
    if (at === undefined || plan.node.data !== plan.data) continue;
    kept.push({ node: plan.node, data: plan.data, next: plan.node.nextSibling });
    for (const piece of plan.pieces) {
      ranges.push({
        start: at + piece.start,
        length: piece.end - piece.start,
        piece,
        text: plan.data.slice(piece.start, piece.end),
      });
    }
  }
  if (ranges.length === 0) return NOTHING_TO_UNDO;
  // mark.js hands each callback the range object it was given, ours with its piece; its
  // filter is called (text node, range, the range's text, counter), which @types/mark.js
  // declares otherwise.
  const filter = (_node: Text, range: PieceRange, text: string) => text === range.text;
  new Mark(block as HTMLElement).markRanges(ranges, {
    element: 'mark',
    filter: filter as unknown as Mark.MarkRangesOptions['filter'],
    each: (element, range) => dress(element as HTMLElement, (range as unknown as PieceRange).piece),
  });
  const undos: Undo[] = [];
  for (const { node, data, next } of kept) {
    const inserted: Node[] = [];
    for (let part = node.nextSibling; part && part !== next; part = part.nextSibling) {
      inserted.push(part);
    }
    if (inserted.length > 0) undos.push(recordSplit(node, data, inserted));
  }
  return () => {
    for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
  };
}
