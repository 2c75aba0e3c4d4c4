import { compareComposed, composedParent } from '../dom/composed';

/**
 * The nodes of `nodes` that no other of them contains (a shadow host contains its shadow
 * tree), in the order the page shows them. O(n × depth), which suits the few hundred nodes of
 * one batch.
 */
export function outermost(nodes: readonly Node[]): Node[] {
  const set = new Set(nodes);
  const outer = nodes.filter((node) => {
    for (let up = composedParent(node); up; up = composedParent(up)) if (set.has(up)) return false;
    return true;
  });
  return outer.sort((a, b) => {
    const position = a.compareDocumentPosition(b);
    // Two trees (a shadow tree and another): the browser's order is its own choice.
    if (position & Node.DOCUMENT_POSITION_DISCONNECTED) {
      return compareComposed({ node: a, offset: 0 }, { node: b, offset: 0 });
    }
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
