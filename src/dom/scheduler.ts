import { nextTask, type Cancel } from './next-task';

/**
 * Where long work gets its time: a clock, a way to continue in a later task, and the budget
 * of one slice. The content script's composition root makes one (`browserScheduler`); tests
 * inject their own clock and queue, so nothing they check depends on how much work fits in
 * a time slice of a busy machine.
 */
export interface Scheduler {
  /** Milliseconds, monotonic. */
  now(): number;
  /** Runs `task` in a task of its own, later; returns its cancel. */
  later(task: () => void): Cancel;
  /** The longest stretch of work in one task, in ms. */
  sliceMs: number;
}

/** The browser's clock and task queue (next-task.ts), slices of `sliceMs`. */
export function browserScheduler(sliceMs: number): Scheduler {
  return { now: () => performance.now(), later: nextTask, sliceMs };
}

/** How runInSlices runs a slice. */
export interface SliceOptions {
  /** Look at the clock every this many steps (default 1): for steps of a few µs. */
  checkEvery?: number;
  /** Runs each slice's loop (e.g. inside withOwnMutations); default: as it is. */
  around?: (slice: () => void) => void;
}

/**
 * Calls `step` until it returns false (nothing left), in slices of `scheduler.sliceMs`: the
 * first slice now, each next one in a later task; then `onDone`, in the slice that finished.
 * Without a scheduler everything runs now. The returned cancel stops what is left (`onDone`
 * then never runs). A step always runs whole: one long step overruns its slice.
 */
export function runInSlices(
  step: () => boolean,
  scheduler: Scheduler | undefined,
  onDone: () => void,
  { checkEvery = 1, around = (slice) => slice() }: SliceOptions = {},
): Cancel {
  let cancel: Cancel | undefined;
  let cancelled = false;
  const slice = (): void => {
    cancel = undefined;
    const deadline = scheduler ? scheduler.now() + scheduler.sliceMs : Infinity;
    let more = true;
    around(() => {
      for (let steps = 1; more; steps++) {
        more = step();
        if (more && steps % checkEvery === 0 && scheduler && scheduler.now() >= deadline) break;
      }
    });
    if (cancelled) return;
    if (more && scheduler) cancel = scheduler.later(slice);
    else onDone();
  };
  slice();
  return () => {
    cancelled = true;
    cancel?.();
  };
}
