/**
 * A NodeIterator as the DOM standard defines it, for happy-dom, whose `previousNode()` after a
 * rejected node returns nodes already passed, so mark.js (which steps back and forth on every
 * node) never ends. Real browsers are not affected; the unit tests install this one
 * (vitest.config.ts `setupFiles`) so that the wrapped renderer can run in them. The list of
 * nodes is taken when the iterator is made, which is all mark.js needs.
 */
function createNodeIterator(
  this: Document,
  root: Node,
  whatToShow = 0xffffffff,
  filter: NodeFilter | ((node: Node) => number) | null = null,
): NodeIterator {
  const accept = (node: Node): boolean => {
    if (!(whatToShow & (1 << (node.nodeType - 1)))) return false;
    if (!filter) return true;
    const verdict = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
    return verdict === NodeFilter.FILTER_ACCEPT;
  };
  const nodes: Node[] = [];
  const walk = (node: Node): void => {
    if (accept(node)) nodes.push(node);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  let at = -1;
  let before = true;
  return {
    root,
    whatToShow,
    filter: null,
    get referenceNode() {
      return nodes[at] ?? root;
    },
    get pointerBeforeReferenceNode() {
      return before;
    },
    nextNode() {
      if (!before || at < 0) {
        if (at + 1 >= nodes.length) return null;
        at += 1;
      }
      before = false;
      return nodes[at]!;
    },
    previousNode() {
      if (before || at < 0) {
        if (at - 1 < 0) return null;
        at -= 1;
      }
      before = true;
      return nodes[at]!;
    },
    detach() {},
  } as NodeIterator;
}

Document.prototype.createNodeIterator = createNodeIterator as Document['createNodeIterator'];
