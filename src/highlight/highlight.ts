import type { Match } from '../matching/types';
import type { CollectedText } from './collect-text';
import { isHighlightElement } from './dom-contract';
import { isExcludedElement, isInExcludedRegion } from './excluded';
import { createMarkElement } from './mark-element';
import { reserveMentions } from './mention-counter';
import { withOwnMutations } from './own-mutations';
import { planPieces, type NodePlan } from './plan-pieces';
import { splitText } from './split-text';
import { runInSlices, type Scheduler } from './scheduler';
import { firstInViewport, fromIndex } from './viewport-order';
import { NOTHING_TO_UNDO, once, type Undo } from './undo';

/** How to highlight. */
export interface HighlightOptions {
  /** Make the first piece of each mention a tab stop (`tabindex="0"`). Default true. */
  focusable?: boolean;
  /**
   * Wrap in the slices of this scheduler (scheduler.ts): the first now, each next one in a
   * later task, so a page with thousands of mentions never holds the main thread for long;
   * the first slice starts at the text in view (viewport-order.ts), so what the reader sees
   * is highlighted first. Default: everything now, in document order.
   */
  scheduler?: Scheduler;
  /** Called once every piece is wrapped (synchronously when not sliced); not after an undo. */
  onDone?: () => void;
}

/** Plans wrapped between two looks at the clock. */
const PLANS_PER_CLOCK_CHECK = 32;

/**
 * Wraps every match (offsets into `collected.text`) in `<mark>` pieces that follow the DOM
 * contract (dom-contract.ts); a mention spread over several text nodes becomes several pieces
 * sharing one `data-summit-mention`. Overlapping matches keep the earliest; a match whose text
 * nodes changed, left the page, or lie in excluded content or in an existing highlight is
 * skipped. Returns an Undo that restores the very same nodes with the same data (so the page
 * is identical, not merely equal after `normalize()`), in any order relative to other passes.
 *
 * Matches of one collection go in one call: once a node is split, its data no longer equals
 * the collected text and later calls skip matches in it. When sliced (a scheduler), a node the
 * page changes between two slices keeps its text unwrapped, so a mention spread over several
 * nodes may then be highlighted in part.
 *
 * Why not mark.js (measured in headless Chromium, 424k words, 20k matches): its `markRanges`
 * rescans every text node of its context and rebuilds its text for each piece, so it is
 * O(pieces × context): 0.2 s at 2k matches, 1.4 s at 4k, 32 s at 20k over the body, still
 * 3.5 s with one context per paragraph; its `exclude` only tests a text node's direct parent;
 * its `unmark` normalises the parent of every piece, merging the page's own text nodes, and
 * took 0.5–32 s. This pass is linear: one merge of sorted matches with sorted nodes, then one
 * rebuild per touched node (split-text.ts): 0.26–0.43 s for the same 20k, 0.12 s for 20k in
 * one 2.4 MB text node, and its Undo 0.07 s. mark.js is therefore not used.
 */
export function highlightMatches(
  collected: CollectedText,
  matches: readonly Match[],
  options: HighlightOptions = {},
): Undo {
  const cache = new Map<Node, boolean>();
  const excludes = (element: Element): boolean =>
    isExcludedElement(element) || isHighlightElement(element);
  const { plans, mentions } = planPieces(
    collected,
    matches,
    (node, data) =>
      node.isConnected && node.data === data && !isInExcludedRegion(node, excludes, cache),
  );
  if (plans.length === 0) {
    options.onDone?.();
    return NOTHING_TO_UNDO;
  }
  const doc = plans[0]!.node.ownerDocument;
  const base = reserveMentions(doc, mentions);
  const focusable = options.focusable ?? true;
  const { scheduler } = options;
  // Sliced, the pieces in view go first, then those below, then those scrolled past.
  const order = scheduler ? fromIndex(plans, firstInViewport(plans.map((p) => p.node))) : plans;
  const undos: Undo[] = [];
  let next = 0;
  // A node the page changed or removed since an earlier slice is left alone (its offsets
  // no longer hold).
  const step = (): boolean => {
    const plan = order[next++]!;
    if (plan.node.isConnected && plan.node.data === plan.data) {
      undos.push(wrapPlan(doc, plan, base, focusable));
    }
    return next < order.length;
  };
  const cancel = runInSlices(step, scheduler, () => options.onDone?.(), {
    checkEvery: PLANS_PER_CLOCK_CHECK,
    around: withOwnMutations,
  });
  return once(() => {
    cancel();
    withOwnMutations(() => {
      for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
    });
  });
}

function wrapPlan(doc: Document, plan: NodePlan, base: number, focusable: boolean): Undo {
  const { data } = plan;
  const rest: Node[] = [];
  let cursor = plan.pieces[0]!.start;
  for (const piece of plan.pieces) {
    if (piece.start > cursor) rest.push(doc.createTextNode(data.slice(cursor, piece.start)));
    const identity = {
      match: piece.match,
      mention: base + piece.mention,
      focusable: focusable && piece.first,
    };
    rest.push(createMarkElement(doc, identity, data.slice(piece.start, piece.end)));
    cursor = piece.end;
  }
  if (cursor < data.length) rest.push(doc.createTextNode(data.slice(cursor)));
  return splitText(plan.node, plan.pieces[0]!.start, rest);
}
