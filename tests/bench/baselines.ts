import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newBenchPage, type BenchBrowsers } from './browsers';
import { heapAfterGc, type HeapUsage } from './heap';
import { analyseTasks, type TaskAnalysis } from './tasks';
import { isMark, traced } from './trace';

/**
 * The baselines (in-page.js): naive mark.js, mark.js at its best (`markRegExp`), mark.js's
 * `markRanges` per block and on the whole document, and the bare painter.
 */
export type BaselineKind = 'naive' | 'best' | 'ranges' | 'ranges-doc' | 'bare';

/** Every baseline, in the order they alternate on a page. */
export const BASELINE_KINDS: readonly BaselineKind[] = [
  'naive',
  'best',
  'ranges',
  'ranges-doc',
  'bare',
];

/** The words and RegExp the baselines look for. */
export interface BaselineInput {
  aliases: readonly string[];
  source: string;
  flags: string;
}

/** One baseline run. Times in ms. */
export interface BaselineRun {
  /** Timed in the page: performance.now() around the call, then rAF + one task. */
  inPage?: { work: number; painted: number; count: number };
  /** The same run from the trace (the analysis used for Summit Lens). */
  trace?: TaskAnalysis;
  /** The run was stopped at `capMs`: its time is a lower bound. */
  timedOut?: boolean;
  /** The page before the baseline ran (heap without any extension, size). */
  heapBefore?: HeapUsage;
  size?: { elements: number; words: number; chars: number };
  error?: string;
}

const MARK_JS = readFileSync(path.resolve('node_modules/mark.js/dist/mark.min.js'), 'utf8');
const IN_PAGE = readFileSync(path.resolve('tests/bench/in-page.js'), 'utf8');

type Bench = { run(k: string, a: readonly string[], s: string, f: string): Promise<never> };

/**
 * Loads the page in the browser without the extension, injects mark.js and the baselines,
 * and runs one baseline under a trace. A run longer than `capMs` is stopped with CDP
 * Runtime.terminateExecution and reported as timed out.
 */
export async function measureBaseline(
  b: BenchBrowsers,
  url: string,
  kind: BaselineKind,
  input: BaselineInput,
  capMs: number,
  extras: boolean,
): Promise<BaselineRun> {
  const tab = await newBenchPage(b.plain);
  const run: BaselineRun = {};
  try {
    await tab.goto(url, { waitUntil: 'load', timeout: 30_000 }).catch(() => undefined);
    if (extras) {
      run.heapBefore = await heapAfterGc(tab);
      run.size = await tab.evaluate(() => {
        const text = document.body?.textContent ?? '';
        return {
          elements: document.getElementsByTagName('*').length,
          words: text.split(/\s+/).filter(Boolean).length,
          chars: text.length,
        };
      });
    }
    await tab.addScriptTag({ content: MARK_JS });
    await tab.addScriptTag({ content: IN_PAGE });
    await tab.addStyleTag({ content: '::highlight(bench) { background: #fde68a; }' });
    const session = await tab.createCDPSession();
    const timer = setTimeout(() => {
      run.timedOut = true;
      session.send('Runtime.terminateExecution').catch(() => undefined);
    }, capMs);
    const events = await traced(tab, async () => {
      try {
        run.inPage = await tab.evaluate(
          (k, a, s, f) =>
            (window as unknown as { __summitBench: Bench }).__summitBench.run(k, a, s, f),
          kind,
          input.aliases,
          input.source,
          input.flags,
        );
      } catch (error) {
        if (!run.timedOut) throw error;
      } finally {
        clearTimeout(timer);
      }
    });
    await session.detach().catch(() => undefined);
    if (!run.timedOut) run.trace = analyseTasks(events, isMark('bench:start'), 'bench:done');
  } catch (error) {
    run.error = String(error).slice(0, 200);
  } finally {
    await tab.close();
  }
  return run;
}
