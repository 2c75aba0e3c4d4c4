import { BASELINE_KINDS, measureBaseline, type BaselineInput } from './baselines';
import type { BenchBrowsers } from './browsers';
import { measureOurs } from './ours';
import type { BenchPage } from './pages/page-set';
import type { PageRuns } from './summarize';

/** Gives up on a step after `ms` (a page that hangs its renderer), with an error result. */
function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout()), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Runs one page `repeats` times, alternating: Summit Lens, then (unrelated pages) the floor
 * extension, then each baseline, then Summit Lens again… Heap and page size are taken on the last repeat. Once a baseline (naive
 * mark.js, markRanges on the whole document) hits the cap, it is not run again on that page
 * (it would only hit it again).
 */
export async function runPage(
  b: BenchBrowsers,
  url: string,
  page: BenchPage,
  input: BaselineInput,
  repeats: number,
  capMs: number,
): Promise<PageRuns> {
  const runs: PageRuns = {
    page,
    ours: [],
    floor: [],
    baselines: { naive: [], best: [], ranges: [], 'ranges-doc': [], bare: [] },
  };
  for (let i = 0; i < repeats; i++) {
    const last = i === repeats - 1;
    const limit = page.group === 'real' ? 60_000 : 600_000;
    const hung = (what: string) => ({ error: `${what}: no result after ${limit / 1000} s` });
    runs.ours.push(
      await withDeadline(measureOurs(b, url, page, last && page.group !== 'real'), limit, () => ({
        highlights: 0,
        ...hung('ours'),
      })),
    );
    if (page.group === 'unrelated') {
      const floor = measureOurs(b, url, page, false, b.floor);
      runs.floor.push(
        await withDeadline(floor, limit, () => ({ highlights: 0, ...hung('floor') })),
      );
    }
    for (const kind of BASELINE_KINDS.filter((k) => page.baselines.includes(k))) {
      if (runs.baselines[kind].some((r) => r.timedOut)) continue;
      const extras = last && kind === 'bare';
      const run = measureBaseline(b, url, kind, input, capMs, extras);
      runs.baselines[kind].push(await withDeadline(run, limit, () => hung(kind)));
    }
  }
  return runs;
}
