import type { TraceEvent } from './trace';

/** What a trace says about one piece of work on the renderer's main thread. Times in ms. */
export interface TaskAnalysis {
  /** Main-thread time of the work from its first task to its end mark (see analyseTasks). */
  work: number;
  /** From the start of the work's first task to the end of the first task painting after its end. */
  painted?: number;
  /**
   * From the start of the work's first task to the end of the first task painting after the
   * `viewMark` event (the first slice: the text in view wrapped).
   */
  inView?: number;
  /** Style recalculation and layout in the work's task and in that frame. */
  layout: number;
  /** The longest single task's share of the work. */
  longestTask: number;
  /** The work's main-thread time over the whole trace (later batches included). */
  total: number;
  /** Tasks in which the work ran. */
  tasks: number;
  /** Script compilation (v8.compile) of the work's code: part of `work` for a content script. */
  compile: number;
}

interface Span {
  start: number;
  end: number;
}

const span = (e: TraceEvent): Span => ({ start: e.ts, end: e.ts + (e.dur ?? 0) });
const inside = (outer: Span, t: number) => t >= outer.start && t < outer.end;

/** Keeps the spans not nested in an earlier one (input sorted by start). */
function outermost(spans: Span[]): Span[] {
  const kept: Span[] = [];
  for (const s of spans) {
    const last = kept[kept.length - 1];
    if (!last || s.start >= last.end) kept.push(s);
  }
  return kept;
}

/**
 * Analyses the work marked by `isWork` events (content-script code, or a user-timing mark) on
 * the main thread they run on. A task whose first script event is work counts whole (the
 * work's own task, microtasks included); a page task that merely calls into the work (an
 * observer callback) counts the work's own events; a task holding only instant marks counts
 * whole. The work spans from its first task to the task holding the `endMark` event (without
 * an end mark, the first task alone: a synchronous message handler; when the mark is missing,
 * the last work task). Undefined when no such event is in the trace.
 */
export function analyseTasks(
  events: readonly TraceEvent[],
  isWork: (e: TraceEvent) => boolean,
  endMark?: string,
  viewMark?: string,
): TaskAnalysis | undefined {
  const anchors = events.filter(isWork);
  const first = anchors[0];
  if (!first) return undefined;
  const own = events
    .filter(
      (e) =>
        e.pid === first.pid &&
        e.tid === first.tid &&
        (e.ph === 'X' || e.ph === 'I' || e.ph === 'R' || e.ph === 'n'),
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks = outermost(own.filter((e) => e.name === 'RunTask' && e.ph === 'X').map(span));
  const scripts = own.filter((e) => e.ph === 'X' && e.args?.data?.url !== undefined);
  const works = outermost(own.filter(isWork).map(span));
  const shares = tasks.map((task) => {
    const mine = works.filter((w) => inside(task, w.start));
    if (mine.length === 0) return 0;
    const led = scripts.find((e) => inside(task, e.ts));
    const timed = mine.reduce((sum, w) => sum + (w.end - w.start), 0);
    return timed === 0 || (led && isWork(led)) ? task.end - task.start : timed;
  });
  const firstIndex = shares.findIndex((s) => s > 0);
  if (firstIndex < 0) return undefined;
  const done = endMark ? own.find((e) => e.name === endMark) : undefined;
  let endIndex = done ? tasks.findIndex((t) => inside(t, done.ts)) : -1;
  if (endIndex < firstIndex) endIndex = endMark ? shares.findLastIndex((s) => s > 0) : firstIndex;
  const startTask = tasks[firstIndex]!;
  const endTask = tasks[endIndex]!;
  const frameAfter = (ts: number) => {
    const paint = own.find((e) => e.name === 'Paint' && e.ph === 'X' && e.ts >= ts);
    return paint && tasks.find((t) => inside(t, paint.ts));
  };
  const frame = frameAfter(endTask.end);
  const view = viewMark
    ? own.find((e) => e.name === viewMark && e.ts >= startTask.start)
    : undefined;
  const viewFrame = view && frameAfter(view.ts);
  const spanned = tasks.slice(firstIndex, endIndex + 1);
  const layoutIn = (t: Span) =>
    own
      .filter((e) => (e.name === 'Layout' || e.name === 'UpdateLayoutTree') && inside(t, e.ts))
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const ms = (us: number) => us / 1000;
  const compile = own
    .filter((e) => e.name === 'v8.compile' && isWork(e))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    work: ms(sum(shares.slice(firstIndex, endIndex + 1))),
    ...(frame ? { painted: ms(frame.end - startTask.start) } : {}),
    ...(viewFrame ? { inView: ms(viewFrame.end - startTask.start) } : {}),
    layout: ms(sum([...spanned, ...(frame ? [frame] : [])].map(layoutIn))),
    longestTask: ms(Math.max(...shares)),
    total: ms(sum(shares)),
    tasks: shares.filter((s) => s > 0).length,
    compile: ms(compile),
  };
}
