/**
 * Picks non-overlapping spans, leftmost first and, among spans starting at the same offset,
 * longest first: "Volodymyr Zelensky" beats "Zelensky" inside it, "German Gref" beats
 * "German". `starts` and `ends` are parallel; returns the indices kept, in order of start.
 * O(k log k) for k spans.
 */
export function leftmostLongest(starts: readonly number[], ends: readonly number[]): number[] {
  const order = starts.map((_, i) => i);
  order.sort((a, b) => (starts[a] ?? 0) - (starts[b] ?? 0) || (ends[b] ?? 0) - (ends[a] ?? 0));
  const kept: number[] = [];
  let reached = -1;
  for (const i of order) {
    if ((starts[i] ?? 0) < reached) continue;
    kept.push(i);
    reached = ends[i] ?? 0;
  }
  return kept;
}
