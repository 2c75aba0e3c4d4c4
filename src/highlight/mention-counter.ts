const next = new WeakMap<Document, number>();

/**
 * Reserves `count` consecutive mention numbers for `doc` and returns the first. Numbers are
 * unique per page for the life of the content script, across highlighting passes.
 */
export function reserveMentions(doc: Document, count: number): number {
  const first = next.get(doc) ?? 1;
  next.set(doc, first + count);
  return first;
}
