import { INLINE_TAGS } from './blocks';
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
 * are. `root` may itself be a text node. One pass over the nodes: O(number of nodes + text
 * length).
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
  const skipHighlighted = options.skipHighlighted === true;
  const rejects = (element: Element): boolean =>
    isExcludedElement(element) || (skipHighlighted && isHighlightElement(element));
  for (const root of roots) {
    if (root.nodeType === Node.TEXT_NODE) add(root as Text, root);
    else walkText(root, rejects, add);
    // A block of one root never continues into the next root.
    lastBlock = lastBlock === undefined ? undefined : root;
  }
  return { text: parts.join(''), nodes, starts };
}

/**
 * Visits the text nodes under `root` in document order with their block (blocks.ts: the
 * nearest ancestor that is not inline, else `root`), skipping the subtrees of elements that
 * `rejects`. A loop over firstChild/nextSibling with a stack of blocks: no callback from the
 * browser per node (a TreeWalker filter costs one per element), no ancestor walk per text
 * node, and no recursion, so nesting thousands deep is fine.
 */
function walkText(
  root: Node,
  rejects: (element: Element) => boolean,
  visit: (node: Text, block: Node) => void,
): void {
  const blocks: Node[] = [root];
  let node: Node | null = root.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === Node.TEXT_NODE) {
      visit(node as Text, blocks[blocks.length - 1]!);
    } else if (type === Node.ELEMENT_NODE && node.firstChild && !rejects(node as Element)) {
      const inline = INLINE_TAGS.has((node as Element).tagName);
      blocks.push(inline ? blocks[blocks.length - 1]! : node);
      node = node.firstChild;
      continue;
    }
    while (!node.nextSibling) {
      node = node.parentNode;
      blocks.pop();
      if (!node || node === root) return;
    }
    node = node.nextSibling;
  }
}
