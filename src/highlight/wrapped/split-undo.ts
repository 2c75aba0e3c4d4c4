import { isHighlightElement } from '../../dom/dom-contract';
import type { Undo } from '../../dom/undo';

interface SplitRecord {
  node: Text;
  original: string;
  head: string;
  inserted: readonly Node[];
  done: boolean;
}

// Splits still in place, per head node, oldest first. A later pass may split a node again, or
// split a text node an earlier pass inserted; undoing in any order must still restore the page.
const active = new WeakMap<Text, SplitRecord[]>();

/**
 * Records that `node`, whose data was `original`, has been split (by mark.js): it keeps the
 * head of its text and `inserted`, the nodes now following it, carry the rest. Returns the
 * Undo, which removes `inserted` and restores the data when the split is still as it was made.
 * If the page has since rewritten the node, the page's data is kept (it meant to replace all
 * of the text). If the page moved or unwrapped any inserted part, the text stands where the
 * page put it and only our marks still on the page are unwrapped, so no text is restored
 * twice. Later splits of the same nodes (a later pass may split a node again, or split a text
 * node an earlier pass inserted) are undone first, so passes can be undone in any order.
 */
export function recordSplit(node: Text, original: string, inserted: readonly Node[]): Undo {
  const record: SplitRecord = { node, original, head: node.data, inserted, done: false };
  const stack = active.get(node) ?? [];
  stack.push(record);
  active.set(node, stack);
  return () => undoRecord(record);
}

function undoRecord(record: SplitRecord): void {
  if (record.done) return;
  const stack = active.get(record.node) ?? [];
  for (let later = stack.at(-1); later && later !== record; later = stack.at(-1)) {
    undoRecord(later);
  }
  for (const part of record.inserted) {
    if (part.nodeType === Node.TEXT_NODE) undoAllSplits(part as Text);
  }
  if (record.node.data !== record.head) {
    // The page set the node's text, believing it held all of the original: that is its text.
    for (const part of record.inserted) part.parentNode?.removeChild(part);
  } else if (isIntact(record)) {
    for (const part of record.inserted) part.parentNode?.removeChild(part);
    record.node.data = record.original;
  } else {
    // The page moved or unwrapped our parts: their text is already where the page wants it.
    for (const part of record.inserted) {
      if (isHighlightElement(part) && part.parentNode) part.replaceWith(...part.childNodes);
    }
  }
  stack.pop();
  record.done = true;
}

/** Whether every inserted part still follows the head, in order. */
function isIntact(record: SplitRecord): boolean {
  let expected = record.node.nextSibling;
  for (const part of record.inserted) {
    if (part !== expected) return false;
    expected = part.nextSibling;
  }
  return true;
}

function undoAllSplits(node: Text): void {
  const first = active.get(node)?.[0];
  if (first) undoRecord(first);
}
