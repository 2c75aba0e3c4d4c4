/**
 * The nodes of `nodes` that no other of them contains, in document order. O(n × depth), which
 * suits the few hundred nodes of one batch.
 */
export function outermost(nodes: readonly Node[]): Node[] {
  const set = new Set(nodes);
  const outer = nodes.filter((node) => {
    for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
    return true;
  });
  return outer.sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}
