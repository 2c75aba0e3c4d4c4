/** A run of text, marked when it is a match. */
export interface Run {
  text: string;
  marked: boolean;
}

/**
 * Splits `text[start, end)` (trimmed of surrounding white space) into runs, marking the
 * given spans (offsets into `text`). Spans outside the range are clipped; a span overlapping
 * an earlier one is dropped.
 */
export function markedRuns(
  text: string,
  start: number,
  end: number,
  spans: readonly { start: number; end: number }[],
): Run[] {
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  const runs: Run[] = [];
  let at = start;
  const push = (to: number, marked: boolean) => {
    if (to > at) runs.push({ text: text.slice(at, to), marked });
    at = Math.max(at, to);
  };
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const from = Math.max(span.start, start);
    const to = Math.min(span.end, end);
    if (from < at || to <= from) continue;
    push(from, false);
    push(to, true);
  }
  push(end, false);
  return runs;
}
