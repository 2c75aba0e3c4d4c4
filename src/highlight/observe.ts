import { collectTexts, type CollectedText } from '../dom/collect-text';
import { blockOf } from '../dom/blocks';
import { containsComposed } from '../dom/composed';
import { isExcludedElement, isInExcludedRegion } from '../dom/excluded';
import { registerMutationSink } from '../dom/own-mutations';
import { createPacer, type PacerTiming } from './pacer';
import { outermost } from './outermost';
import { NOTHING_TO_UNDO, once, type Undo } from '../dom/undo';

/** Receives new content: its roots in document order and their collected text. */
export type BatchHandler = (roots: Node[], collected: CollectedText) => void;

/** Bounds on the observer's work. */
export interface ObserveOptions extends PacerTiming {
  /** Most nodes handed over per batch; the rest wait for the next one. Default 300. */
  maxNodesPerBatch?: number;
  /** Most nodes waiting at once; beyond it new content is ignored. Default 10000. */
  maxPending?: number;
  /** Whether an element is the renderer's own (a wrapped highlight): ignored. */
  owns?: (element: Element) => boolean;
  /** A region became editable: its highlights must go (the renderer's clearIn). */
  onEditable?: (element: Element) => void;
  /** Open shadow roots to watch from the start: those the page's text was read in. */
  shadowRoots?: readonly ShadowRoot[];
}

const WATCHED: MutationObserverInit = {
  childList: true,
  characterData: true,
  subtree: true,
  attributeFilter: ['contenteditable'],
};

/**
 * Watches `root` for text the page adds later (infinite scroll, live blogs) and hands it to
 * `onBatch` with its collected text (BLOCK_SEPARATOR between roots, highlighted text skipped),
 * so the caller scans and highlights only that. Added nodes and changed text are gathered and
 * delivered in batches (see pacer.ts: idle time, at most one per ~200 ms, slower while the page
 * keeps mutating), at most maxNodesPerBatch roots each. Ignores our own changes (made through
 * withOwnMutations, or our highlights and UI) and content in excluded regions; a region that
 * becomes editable loses its highlights at once (see unmarkIfEditable). An observer of `root`
 * does not see into shadow trees, so each open shadow root is watched as well: those given,
 * and those a batch's text was read in (a host the page adds with its shadow root). Stops
 * when `signal` aborts or the returned Undo runs.
 */
export function observeNewText(
  root: Node,
  onBatch: BatchHandler,
  signal: AbortSignal,
  options: ObserveOptions = {},
): Undo {
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  if (signal.aborted || !view) return NOTHING_TO_UNDO;
  const owns = options.owns ?? (() => false);
  const skips = (element: Element): boolean => isExcludedElement(element) || owns(element);
  const isCandidate = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return (node as Text).data.trim() !== '';
    return node.nodeType === Node.ELEMENT_NODE && !skips(node as Element);
  };
  // A region made editable after it was highlighted (an in-place editor) must not keep our
  // highlights, or the reader would edit and save them: they go there and then.
  const unmarkIfEditable = (target: Node): void => {
    if (target.nodeType !== Node.ELEMENT_NODE || !isExcludedElement(target as Element)) return;
    options.onEditable?.(target as Element);
  };
  const perBatch = options.maxNodesPerBatch ?? 300;
  const maxPending = options.maxPending ?? 10_000;
  const pending = new Set<Node>();
  const consider = (node: Node): void => {
    if (pending.size >= maxPending || !isCandidate(node)) return;
    pending.add(node);
    pacer.request();
  };
  const handle = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'characterData') consider(changedRun(record.target, root));
      else if (record.type === 'attributes') unmarkIfEditable(record.target);
      else record.addedNodes.forEach(consider);
    }
  };
  const flush = (): void => {
    const taken = Array.from(pending).slice(0, perBatch);
    for (const node of taken) pending.delete(node);
    const cache = new Map<Node, boolean>();
    const fresh = taken.filter(
      (node) =>
        node.isConnected && containsComposed(root, node) && !isInExcludedRegion(node, skips, cache),
    );
    const batch = outermost(fresh);
    const collected = collectTexts(batch, { skipHighlighted: true });
    for (const shadow of collected.shadowRoots ?? []) watch(shadow);
    if (collected.nodes.length > 0) {
      onBatch(batch, collected);
      observer.takeRecords(); // changes made by onBatch itself are ours
    }
    if (pending.size > 0) pacer.request();
  };
  const pacer = createPacer(flush, view, options);
  const observer = new view.MutationObserver(handle);
  const watched = new WeakSet<Node>();
  const watch = (tree: Node): void => {
    if (watched.has(tree)) return;
    watched.add(tree);
    observer.observe(tree, WATCHED);
  };
  watch(root);
  for (const shadow of options.shadowRoots ?? []) watch(shadow);
  const unregister = registerMutationSink({
    flush: () => handle(observer.takeRecords()),
    discard: () => void observer.takeRecords(),
  });
  const stop = once(() => {
    observer.disconnect();
    pacer.stop();
    unregister();
    pending.clear();
    signal.removeEventListener('abort', stop);
  });
  signal.addEventListener('abort', stop);
  return stop;
}

/**
 * What to read again when the page changes the text of `node`: its block (blocks.ts), where a
 * name or figure may run on into the text nodes beside it ("26" + " countries" as a framework
 * renders them), unless the block is the whole observed root.
 */
function changedRun(node: Node, root: Node): Node {
  const block = blockOf(node, root);
  return block === root || block.nodeType !== Node.ELEMENT_NODE ? node : block;
}
