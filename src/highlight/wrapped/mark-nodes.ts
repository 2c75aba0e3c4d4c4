import Mark from 'mark.js';
import type { NodePlan, Piece } from '../plan-pieces';
import { recordSplit } from './split-undo';
import type { Undo } from '../../dom/undo';

/** A range as mark.js takes it, with the piece it stands for. */
interface PieceRange {
  start: number;
  length: number;
  piece: Piece;
  text: string;
}

/** A run of a node's text, from `start` to the next run's start, with the pieces in it. */
export interface Segment {
  start: number;
  pieces: Piece[];
}

/**
 * The text each mark.js call is given is at most about this long. mark.js rebuilds its
 * context's text for every range it wraps (it joins the text before and after each range), so
 * a call costs ranges × context length: a 5 MB text node with thousands of mentions would take
 * minutes in one call, and takes a moment in runs of this size.
 */
export const SEGMENT_CHARS = 4096;

/**
 * Cuts a node's pieces (ascending) into segments of at most about `limit` characters, each
 * cut at the start of a piece, so no piece is ever cut. The first segment starts at 0.
 */
export function segmentsOf(pieces: readonly Piece[], limit: number = SEGMENT_CHARS): Segment[] {
  const segments: Segment[] = [{ start: 0, pieces: [] }];
  for (const piece of pieces) {
    let last = segments[segments.length - 1]!;
    if (piece.start - last.start > limit && last.pieces.length > 0) {
      last = { start: piece.start, pieces: [] };
      segments.push(last);
    }
    last.pieces.push(piece);
  }
  return segments;
}

/**
 * Wraps the pieces of `plan` with mark.js `markRanges`, its context the text node itself (so
 * a call sees only that node's text, not the whole block's), `filter` refusing a range whose
 * text is not the piece's (the page changed it) and `each` dressing every element mark.js made
 * (`dress`). A long node is first cut into segments (segmentsOf), one call each. Returns the
 * exact Undo (split-undo.ts): each split node gets its data back and what was put after it
 * goes, so the page has the very same text nodes with the same data again. mark.js does not
 * wrap a piece that is only white space (it would not show). Does nothing (and returns
 * undefined) when the node's text is no longer the plan's.
 */
export function markNode(
  plan: NodePlan,
  dress: (element: HTMLElement, piece: Piece) => void,
): Undo | undefined {
  const { node, data } = plan;
  if (!node.isConnected || node.data !== data || plan.pieces.length === 0) return undefined;
  const segments = segmentsOf(plan.pieces);
  const texts: Text[] = [node];
  const undos: Undo[] = [];
  if (segments.length > 1) {
    const doc = node.ownerDocument;
    const rest = doc.createDocumentFragment();
    for (let i = 1; i < segments.length; i++) {
      const end = segments[i + 1]?.start ?? data.length;
      const text = doc.createTextNode(data.slice(segments[i]!.start, end));
      texts.push(text);
      rest.appendChild(text);
    }
    node.parentNode!.insertBefore(rest, node.nextSibling);
    node.data = data.slice(0, segments[1]!.start);
    undos.push(recordSplit(node, data, texts.slice(1)));
  }
  segments.forEach((segment, i) => {
    const text = texts[i]!;
    const undo = markText(text, segment, dress);
    if (undo) undos.push(undo);
  });
  return () => {
    for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
  };
}

/** One mark.js call on `text`, whose data starts at `segment.start` of the node's. */
function markText(
  text: Text,
  segment: Segment,
  dress: (element: HTMLElement, piece: Piece) => void,
): Undo | undefined {
  const data = text.data;
  const next = text.nextSibling;
  const ranges: PieceRange[] = segment.pieces.map((piece) => ({
    start: piece.start - segment.start,
    length: piece.end - piece.start,
    piece,
    text: data.slice(piece.start - segment.start, piece.end - segment.start),
  }));
  // mark.js hands each callback the range object it was given, ours with its piece; its
  // filter is called (text node, range, the range's text, counter), which @types/mark.js
  // declares otherwise. Its context may be any node: it walks it with a NodeIterator, which
  // yields a text node root itself.
  const filter = (_node: Text, range: PieceRange, rangeText: string) => rangeText === range.text;
  new Mark(text as unknown as HTMLElement).markRanges(ranges, {
    element: 'mark',
    filter: filter as unknown as Mark.MarkRangesOptions['filter'],
    each: (element, range) => dress(element as HTMLElement, (range as unknown as PieceRange).piece),
  });
  const inserted: Node[] = [];
  for (let part = text.nextSibling; part && part !== next; part = part.nextSibling) {
    inserted.push(part);
  }
  return inserted.length > 0 ? recordSplit(text, data, inserted) : undefined;
}
