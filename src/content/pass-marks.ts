/**
 * User-timing marks around the content script's first pass over a page, for the benchmark
 * (tests/bench): the span from the gate's start to the page drawn or left alone, as the
 * measure `summit-lens`. The page can see them (Chromium shares the performance timeline
 * between worlds); they hold no page data.
 */
export function markPassStart(): void {
  performance.mark('summit-lens:start');
}

/** Ends the first pass: the page is drawn (highlight-switch.ts) or left alone (gate.ts, session.ts). */
export function markPassDone(): void {
  performance.mark('summit-lens:done');
  try {
    performance.measure('summit-lens', 'summit-lens:start', 'summit-lens:done');
  } catch {
    // No start mark (the page cleared the marks meanwhile): the measure is only for the bench.
  }
}
