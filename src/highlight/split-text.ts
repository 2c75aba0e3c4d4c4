import type { Undo } from './undo';

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
 * Cuts `node` into its first `head` characters (kept in `node` itself, so the page's references
 * to it stay valid) followed by `rest`, nodes built by the caller whose text must continue the
 * original data. Building the rest from slices of the data costs O(data length) however many
 * pieces there are, where repeated `splitText` would copy the tail once per piece.
 * The Undo removes `rest` and restores the data, unless the page has rewritten the node since,
 * in which case the page's data is kept; it first undoes later splits of the same nodes.
 */
export function splitText(node: Text, head: number, rest: readonly Node[]): Undo {
  const original = node.data;
  const record: SplitRecord = {
    node,
    original,
    head: original.slice(0, head),
    inserted: rest,
    done: false,
  };
  const fragment = node.ownerDocument.createDocumentFragment();
  for (const part of rest) fragment.appendChild(part);
  node.data = record.head;
  node.parentNode?.insertBefore(fragment, node.nextSibling);
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
    part.parentNode?.removeChild(part);
  }
  if (record.node.data === record.head) record.node.data = record.original;
  stack.pop();
  record.done = true;
}

function undoAllSplits(node: Text): void {
  const first = active.get(node)?.[0];
  if (first) undoRecord(first);
}
