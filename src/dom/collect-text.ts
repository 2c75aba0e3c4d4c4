import { isHighlightElement } from './dom-contract';
import { shadowRootOf } from './composed';
import { isExcludedElement } from './excluded';
import { walkTree, type TextWalk } from './shadow-walk';

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
  /**
   * The open shadow roots the text was read in: those the walk entered and those its roots lie
   * in (composed.ts). Absent or empty on a page without them.
   */
  shadowRoots?: readonly ShadowRoot[];
}

/** How to collect. */
export interface CollectOptions {
  /** Skip text already inside Summit Lens highlights (for re-scanning live content). */
  skipHighlighted?: boolean;
}

/**
 * Collects the readable text under `root` in the order the reader sees it, skipping excluded
 * subtrees (see excluded.ts). An element with an open shadow root shows that root's content
 * instead of its own children, which appear where its slots put them (shadow-walk.ts). Text
 * nodes in different blocks are joined by BLOCK_SEPARATOR, so words of two paragraphs never
 * run together into one name; nodes in the same block are joined as they are. `root` may
 * itself be a text node. One pass over the nodes: O(number of nodes + text length).
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
  const shadowRoots: ShadowRoot[] = [];
  for (const root of roots) {
    // A root inside a shadow tree (text a page added there) is read in that tree.
    const inside = shadowRootOf(root);
    if (inside && !shadowRoots.includes(inside)) shadowRoots.push(inside);
    if (root.nodeType === Node.TEXT_NODE) add(root as Text, root);
    else walkText(root, { rejects, visit: add, shadowRoots }, inside !== undefined);
    // A block of one root never continues into the next root.
    lastBlock = lastBlock === undefined ? undefined : root;
  }
  return { text: parts.join(''), nodes, starts, shadowRoots };
}

/**
 * Visits the text nodes under `root` in the order the reader sees them (shadow-walk.ts), with
 * their block (blocks.ts: the nearest ancestor that is not inline, else `root`); `inShadow`:
 * `root` lies in a shadow tree. A root that is a shadow host shows its shadow root's content.
 */
function walkText(root: Node, walk: TextWalk, inShadow: boolean): void {
  const shadow = (root as Element).shadowRoot;
  if (shadow) {
    walk.shadowRoots.push(shadow);
    walkTree(shadow, root, walk, true);
  } else walkTree(root, root, walk, inShadow);
}
