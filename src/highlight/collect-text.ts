import { blockOf } from './blocks';
import { isHighlightElement } from './dom-contract';
import { isExcludedElement } from './excluded';

/**
 * Joins the text of two blocks (and of two roots). NUL is not whitespace for the engine nor
 * for `\s`, never a letter and never in an alias, so no match spans it; a line break would not
 * do, since the engine folds line breaks into spaces.
 */
export const BLOCK_SEPARATOR = '\u0000';

/** The text of a subtree as one string, with where each text node starts in it. */
export interface CollectedText {
  text: string;
  nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: readonly number[];
}

/** How to collect. */
export interface CollectOptions {
  /** Skip text already inside Summit Lens highlights (for re-scanning live content). */
  skipHighlighted?: boolean;
}

/**
 * Collects the readable text under `root` in document order, skipping excluded subtrees
 * (see excluded.ts). Text nodes in different blocks are joined by BLOCK_SEPARATOR, so words of
 * two paragraphs never run together into one name; nodes in the same block are joined as they
 * are. `root` may itself be a text node. One TreeWalker pass: O(number of nodes + text length).
 */
export function collectText(root: Node, options: CollectOptions = {}): CollectedText {
  return collectTexts([root], options);
}

/** Like collectText over several roots in the given order, each root a block of its own. */
export function collectTexts(roots: readonly Node[], options: CollectOptions = {}): CollectedText {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | undefined;
  const add = (node: Text, block: Node): void => {
    if (node.data.length === 0) return;
    if (lastBlock !== undefined && block !== lastBlock) {
      parts.push(BLOCK_SEPARATOR);
      length += 1;
    }
    lastBlock = block;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  };
  for (const root of roots) {
    if (root.nodeType === Node.TEXT_NODE) {
      add(root as Text, root);
      continue;
    }
    const walker = textWalker(root, options.skipHighlighted === true);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === Node.TEXT_NODE) add(node as Text, blockOf(node, root));
    }
    // A block of one root never continues into the next root.
    lastBlock = lastBlock === undefined ? undefined : root;
  }
  return { text: parts.join(''), nodes, starts };
}

function textWalker(root: Node, skipHighlighted: boolean): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE &&
      (isExcludedElement(node as Element) || (skipHighlighted && isHighlightElement(node)))
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
}
