import type { Match } from '../matching/types';
import { BLOCK_SEPARATOR, type CollectedText } from '../dom/collect-text';

/** One piece of a mention: the part of a match that lies in one text node. */
export interface Piece {
  /** Offsets in the text node's data, end exclusive. */
  start: number;
  end: number;
  match: Match;
  /** Ordinal of the mention in this plan, shared by all pieces of one match. */
  mention: number;
  first: boolean;
}

/** The pieces to wrap in one text node, in ascending order. */
export interface NodePlan {
  node: Text;
  /** The node's data when collected: the pieces' offsets are into it. */
  data: string;
  pieces: Piece[];
}

/**
 * Maps matches (offsets in `collected.text`) to pieces per text node, merging the two sorted
 * lists in one pass: O(nodes + matches log matches). Overlapping matches keep the earliest
 * (the longest on a tie); matches that touch a node `usable` rejects (changed, detached or
 * excluded since collection) are dropped whole, so a mention is never half highlighted.
 */
export function planPieces(
  collected: CollectedText,
  matches: readonly Match[],
  usable: (node: Text, collectedData: string) => boolean,
): { plans: NodePlan[]; mentions: number } {
  const { text, nodes, starts } = collected;
  const lengthOf = (i: number): number => {
    const next = starts[i + 1] ?? text.length;
    return next - starts[i]! - (i + 1 < nodes.length && text[next - 1] === BLOCK_SEPARATOR ? 1 : 0);
  };
  const verdicts: (boolean | undefined)[] = [];
  const ok = (i: number): boolean =>
    (verdicts[i] ??= usable(nodes[i]!, text.slice(starts[i], starts[i]! + lengthOf(i))));
  const sorted = matches
    .filter((m) => Number.isInteger(m.start) && m.start >= 0 && m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const plans: NodePlan[] = [];
  let mentions = 0;
  let lastEnd = -1;
  let first = 0;
  for (const match of sorted) {
    if (match.start < lastEnd || match.end > text.length) continue;
    while (first < nodes.length && starts[first]! + lengthOf(first) <= match.start) first++;
    const pieces: { node: number; start: number; end: number }[] = [];
    let usableAll = true;
    for (let i = first; i < nodes.length && starts[i]! < match.end; i++) {
      const start = Math.max(match.start, starts[i]!) - starts[i]!;
      const end = Math.min(match.end, starts[i]! + lengthOf(i)) - starts[i]!;
      if (end <= start) continue;
      usableAll &&= ok(i);
      pieces.push({ node: i, start, end });
    }
    if (!usableAll || pieces.length === 0) continue;
    lastEnd = match.end;
    pieces.forEach((piece, k) => {
      const node = nodes[piece.node]!;
      const entry = {
        start: piece.start,
        end: piece.end,
        match,
        mention: mentions,
        first: k === 0,
      };
      const last = plans[plans.length - 1];
      if (last?.node === node) last.pieces.push(entry);
      else {
        const at = starts[piece.node]!;
        plans.push({ node, data: text.slice(at, at + lengthOf(piece.node)), pieces: [entry] });
      }
    });
    mentions++;
  }
  return { plans, mentions };
}
