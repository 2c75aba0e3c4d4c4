/**
 * The index of the first of `nodes` (in document order) whose box reaches the viewport, by
 * binary search on the bottom edge of each node's parent element: O(log n) layout reads on a
 * page whose layout is already clean. It assumes document order runs down the page, as it does
 * in an article; where it does not, the index is merely some node, which costs nothing but the
 * head start. 0 when nothing is laid out (no view, or a DOM without layout).
 */
export function firstInViewport(nodes: readonly Node[]): number {
  let low = 0;
  let high = nodes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const box = nodes[middle]!.parentElement?.getBoundingClientRect();
    if (box && box.bottom <= 0) low = middle + 1;
    else high = middle;
  }
  return low === nodes.length ? 0 : low;
}

/**
 * `items` starting at `first`, then those before it nearest first: what is in view and below
 * it comes before what the reader has scrolled past.
 */
export function fromIndex<T>(items: readonly T[], first: number): T[] {
  return items.slice(first).concat(items.slice(0, first).reverse());
}
