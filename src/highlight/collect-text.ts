import { isExcludedElement } from './excluded';

/** Tags that do not break a line of text: a name split across them is still one name. */
const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'KBD',
  'MARK',
  'Q',
  'S',
  'SAMP',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
]);

/** The text of a subtree as one string, with where each text node starts in it. */
export interface CollectedText {
  text: string;
  nodes: readonly Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: readonly number[];
}

function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && INLINE_TAGS.has((current as Element).tagName)) {
    current = current.parentNode;
  }
  return current ?? root;
}

/**
 * Collects the readable text under `root` in document order, skipping excluded subtrees
 * (see excluded.ts). Text nodes in different blocks are joined by a newline, so words of two
 * paragraphs never run together into one name; nodes in the same block are joined as they are.
 * One TreeWalker pass: O(number of nodes + text length).
 */
export function collectText(root: Node): CollectedText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isExcludedElement(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastBlock: Node | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const data = (node as Text).data;
    if (data.length === 0) continue;
    const block = blockOf(node, root);
    if (lastBlock !== undefined && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}
