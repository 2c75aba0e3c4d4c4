import { composedParent } from './composed';

/**
 * Decides a question about `node` by its nearest ancestor that settles it (the node itself
 * first): `settle` gives true or false for a node that decides, undefined to ask its parent
 * (a shadow root asks its host: the composed tree, composed.ts); no deciding ancestor gives
 * `otherwise`. `cache` (one per pass) remembers the answer for every node on the way, so
 * asking for every text node of a page stays linear.
 */
export function decideByAncestors(
  node: Node | null,
  settle: (node: Node) => boolean | undefined,
  cache: Map<Node, boolean>,
  otherwise = false,
): boolean {
  const path: Node[] = [];
  let answer = otherwise;
  for (let current = node; current; current = composedParent(current)) {
    const known = cache.get(current) ?? settle(current);
    path.push(current);
    if (known !== undefined) {
      answer = known;
      break;
    }
  }
  for (const seen of path) cache.set(seen, answer);
  return answer;
}
