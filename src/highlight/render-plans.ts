import type { Match } from '../matching/types';
import type { CollectedText } from '../dom/collect-text';
import { isInExcludedRegion } from '../dom/excluded';
import { reserveMentions } from './mention-counter';
import { planPieces, type NodePlan } from './plan-pieces';
import type { ShowOptions } from './renderer';
import { runInSlices } from '../dom/scheduler';
import { NOTHING_TO_UNDO, once, type Undo } from '../dom/undo';
import { firstInViewport, fromIndex } from './viewport-order';

/** Units shown between two looks at the clock. */
const UNITS_PER_CLOCK_CHECK = 32;

/** The pieces of a batch of matches, per text node, with their page-wide mention numbers. */
export interface PlannedMentions {
  plans: NodePlan[];
  /** Page-wide number of the plans' mention 0 (a piece's number is `base + piece.mention`). */
  base: number;
}

/**
 * Plans `matches` (offsets into `collected.text`) as pieces per text node (plan-pieces.ts),
 * keeping only nodes still on the page with the data they were collected with, outside
 * excluded content (`excludes` adds a renderer's own elements), and reserves their mention
 * numbers on the page.
 */
export function planMentions(
  collected: CollectedText,
  matches: readonly Match[],
  excludes: (element: Element) => boolean,
): PlannedMentions {
  const cache = new Map<Node, boolean>();
  const { plans, mentions } = planPieces(
    collected,
    matches,
    (node, data) =>
      node.isConnected && node.data === data && !isInExcludedRegion(node, excludes, cache),
  );
  const doc = plans[0]?.node.ownerDocument;
  return { plans, base: doc ? reserveMentions(doc, mentions) : 0 };
}

/**
 * Shows `units` with `show` (each returns its Undo), all now or in the slices of
 * `options.scheduler` starting with the units in view (`nodeOf` places a unit on the page),
 * each slice run through `around` (a renderer's own-mutation bracket). A unit whose text
 * changed between two slices is for `show` to skip (return undefined). Returns the Undo of
 * everything shown, which also cancels the slices still to come.
 */
export function showInSlices<T>(
  units: readonly T[],
  nodeOf: (unit: T) => Node,
  show: (unit: T) => Undo | undefined,
  options: ShowOptions,
  around: (slice: () => void) => void = (slice) => slice(),
): Undo {
  if (units.length === 0) {
    options.onDone?.();
    return NOTHING_TO_UNDO;
  }
  const { scheduler } = options;
  const order = scheduler ? fromIndex(units, firstInViewport(units.map(nodeOf))) : units;
  const undos: Undo[] = [];
  let next = 0;
  const step = (): boolean => {
    const undo = show(order[next++]!);
    if (undo) undos.push(undo);
    return next < order.length;
  };
  const cancel = runInSlices(step, scheduler, () => options.onDone?.(), {
    checkEvery: UNITS_PER_CLOCK_CHECK,
    around,
  });
  return once(() => {
    cancel();
    around(() => {
      for (let i = undos.length - 1; i >= 0; i--) undos[i]!();
    });
  });
}
