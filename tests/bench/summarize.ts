import type { BaselineKind, BaselineRun } from './baselines';
import type { OursRun } from './ours';
import type { BenchPage } from './pages/page-set';
import { max, median } from './stats';
import type { StageTimes } from './stages/entry';

/** Every run on one page, in the order they alternated. */
export interface PageRuns {
  page: BenchPage;
  ours: OursRun[];
  /** Unrelated pages: the floor extension (an empty WXT content script), same measures. */
  floor: OursRun[];
  baselines: Record<BaselineKind, BaselineRun[]>;
}

/** A ratio over the repeats; `lowerBound` when the baseline hit its cap. */
export interface Ratio {
  value: number;
  lowerBound: boolean;
}

/** The medians of one page. Times in ms. */
export interface PageSummary {
  name: string;
  group: BenchPage['group'];
  size?: { elements: number; words: number; chars: number };
  highlights: number;
  /** Highlights (marks or ranges) each baseline made. */
  baselineCounts: Partial<Record<BaselineKind, number>>;
  ours: {
    /** Main-thread time of the extension's first task of the pass (trace). */
    work?: number;
    painted?: number;
    /** To the first frame painted with the text in view highlighted (the first slice). */
    inView?: number;
    layout?: number;
    /** The whole load's extension time (every task; live batches included). */
    total?: number;
    /** performance.measure('summit-lens') (startSession only; no compile/module init). */
    measure?: number;
    /** Compiling the content script (part of the load's first task). */
    compile?: number;
    /** The longest single task the extension caused in any repeat. */
    longestTask?: number;
  };
  /**
   * Unrelated pages: the floor's whole load time (median), and ours / floor per repeat
   * (median): what an empty WXT content script with the polyfill costs on the same page.
   */
  floor?: { total?: number; ratio?: number };
  /** Painted-frame time of each baseline (median; the cap when it timed out). */
  baselinePainted: Partial<Record<BaselineKind, { ms: number; timedOut: boolean }>>;
  /** naive / ours, best / ours (how many times faster we are), ours / bare (how many times slower). */
  ratios: Partial<Record<BaselineKind, Ratio>>;
  /** Heap the extension adds after GC (with minus without), bytes. */
  heapDelta?: { used: number; embedder?: number };
  domUnchanged?: boolean;
  /** Where the time goes: the content script's pass run stage by stage (see stages.ts). */
  stages?: StageTimes;
  errors: string[];
}

const pass = (run: OursRun) => run.forced ?? run.load;
const basePainted = (run: BaselineRun) => run.trace?.painted ?? run.inPage?.painted;

/** Medians, maxima and per-repeat ratios of one page's runs. */
export function summarizePage(runs: PageRuns, capMs: number): PageSummary {
  const { page, ours } = runs;
  const oursPainted = ours.map((r) => pass(r)?.painted);
  const summary: PageSummary = {
    name: page.name,
    group: page.group,
    highlights: ours[ours.length - 1]?.highlights ?? 0,
    baselineCounts: {},
    ours: {
      work: median(ours.map((r) => pass(r)?.work)),
      painted: median(oursPainted),
      inView: median(ours.map((r) => pass(r)?.inView)),
      layout: median(ours.map((r) => pass(r)?.layout)),
      total: median(ours.map((r) => r.load?.total)),
      measure: median(ours.map((r) => r.measure)),
      compile: median(ours.map((r) => r.load?.compile)),
      longestTask: max(ours.flatMap((r) => [r.load?.longestTask, r.forced?.longestTask])),
    },
    baselinePainted: {},
    ratios: {},
    errors: ours.flatMap((r) => (r.error ? [r.error] : [])),
  };
  for (const [kind, list] of Object.entries(runs.baselines) as [BaselineKind, BaselineRun[]][]) {
    if (list.length === 0) continue;
    summary.errors.push(...list.flatMap((r) => (r.error ? [`${kind}: ${r.error}`] : [])));
    const sized = list.find((r) => r.size);
    if (sized?.size) summary.size = sized.size;
    const count = list.find((r) => r.inPage)?.inPage?.count;
    if (count !== undefined) summary.baselineCounts[kind] = count;
    const timedOut = list.some((r) => r.timedOut);
    const ms = timedOut ? capMs : median(list.map(basePainted));
    if (ms !== undefined) summary.baselinePainted[kind] = { ms, timedOut };
    const perRepeat = list.map((r, i) => {
      const a = timedOut ? capMs : basePainted(r);
      const o = oursPainted[i] ?? summary.ours.painted;
      if (a === undefined || o === undefined) return undefined;
      return kind === 'bare' ? o / a : a / o;
    });
    const value = median(perRepeat);
    if (value !== undefined) summary.ratios[kind] = { value, lowerBound: timedOut };
  }
  if (runs.floor.length > 0) {
    summary.errors.push(...runs.floor.flatMap((r) => (r.error ? [`floor: ${r.error}`] : [])));
    const perRepeat = runs.floor.map((f, i) => {
      const o = ours[i]?.load?.total;
      const base = f.load?.total;
      return o === undefined || base === undefined || base === 0 ? undefined : o / base;
    });
    summary.floor = {
      total: median(runs.floor.map((r) => r.load?.total)),
      ratio: median(perRepeat),
    };
  }
  const withHeap = ours.find((r) => r.heap)?.heap;
  const without = runs.baselines.bare.find((r) => r.heapBefore)?.heapBefore;
  if (withHeap && without) {
    summary.heapDelta = {
      used: withHeap.used - without.used,
      ...(withHeap.embedder !== undefined && without.embedder !== undefined
        ? { embedder: withHeap.embedder - without.embedder }
        : {}),
    };
  }
  const unchanged = ours.map((r) => r.domUnchanged).filter((v) => v !== undefined);
  if (unchanged.length) summary.domUnchanged = unchanged.every(Boolean);
  return summary;
}
