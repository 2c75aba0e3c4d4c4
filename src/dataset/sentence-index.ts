/**
 * The index of the sentence that holds `offset`: the last sentence starting at or before
 * it (an offset between two sentences belongs to the earlier one; before the first, to the
 * first). `sentences` are [start, end) pairs in order. O(log n).
 */
export function sentenceIndex(
  sentences: readonly (readonly [number, number])[],
  offset: number,
): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((sentences[mid]?.[0] ?? 0) <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
