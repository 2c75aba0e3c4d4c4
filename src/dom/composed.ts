/**
 * The page as the reader sees it: the document with its open shadow roots in place (the
 * "composed" tree). A shadow root's parent is its host; closed roots are out of reach
 * (`element.shadowRoot` is null for them) and stay so.
 */

/** A boundary point: a node and an offset in it, as a Range has. */
export interface Point {
  node: Node;
  offset: number;
}

/** Whether `node` is a shadow root (a document fragment with a host). */
export function isShadowRoot(node: Node | null | undefined): node is ShadowRoot {
  return node?.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (node as ShadowRoot).host != null;
}

/** The parent of `node`, or the host of a shadow root: a step up in the composed tree. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (isShadowRoot(node) ? node.host : null);
}

/** The shadow root `node` lies in, when it lies in one. */
export function shadowRootOf(node: Node): ShadowRoot | undefined {
  const root = node.getRootNode();
  return isShadowRoot(root) ? root : undefined;
}

/**
 * Whether `ancestor` holds `node` in the composed tree (itself included): in its own tree, or
 * in a shadow tree whose host it holds. Native `contains` per level of shadow roots.
 */
export function containsComposed(ancestor: Node, node: Node): boolean {
  if (ancestor.contains(node)) return true;
  for (let root = shadowRootOf(node); root; root = shadowRootOf(root.host)) {
    if (ancestor.contains(root.host)) return true;
  }
  return false;
}

const START_TO_START = 0;

/**
 * The order of two ranges' starts in the composed tree (negative: `a` first). Within one tree
 * it is the browser's; across trees (where `compareBoundaryPoints` throws) compareComposed.
 * `roots` are the trees' roots when the caller has them (a sort asks for each range often).
 */
export function compareStarts(
  a: Range,
  b: Range,
  roots: [Node, Node] = [a.startContainer.getRootNode(), b.startContainer.getRootNode()],
): number {
  if (roots[0] === roots[1]) return a.compareBoundaryPoints(START_TO_START, b);
  return compareComposed(
    { node: a.startContainer, offset: a.startOffset },
    { node: b.startContainer, offset: b.startOffset },
  );
}

/**
 * The order of two points in the composed tree: negative when `a` comes first, 0 when they
 * are the same or in different documents. A shadow tree's content stands where its host
 * starts: after what precedes the host, before the host's own (slotted) children.
 */
export function compareComposed(a: Point, b: Point): number {
  const upA = lift(a);
  const upB = lift(b);
  for (const [root, pointA] of upA) {
    const pointB = upB.get(root);
    if (!pointB) continue;
    const doc = root.ownerDocument ?? (root as Document);
    const range = doc.createRange();
    range.setStart(pointA.node, pointA.offset);
    range.collapse(true);
    // comparePoint: -1 when the point lies before the (collapsed) range, 1 after it.
    return 0 - range.comparePoint(pointB.node, pointB.offset) || 0;
  }
  return 0;
}

/** `point`, then its host's start at each shadow root up: per tree root, the point there. */
function lift(point: Point): Map<Node, Point> {
  const chain = new Map<Node, Point>();
  let at = point;
  for (;;) {
    const root = at.node.getRootNode();
    chain.set(root, at);
    if (!isShadowRoot(root)) return chain;
    at = { node: root.host, offset: 0 };
  }
}
