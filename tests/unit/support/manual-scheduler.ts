import type { Scheduler } from '@/src/dom/scheduler';

/** A scheduler a test drives by hand: its clock stands still unless told, its tasks wait. */
export interface ManualScheduler extends Scheduler {
  /** Tasks waiting to run. */
  readonly pending: number;
  /** Moves the clock on by `ms`. */
  advance(ms: number): void;
  /** Runs the waiting tasks, and those they queue, until none is left; returns how many ran. */
  runAll(): number;
}

/**
 * A manual scheduler with slices of `sliceMs` (default 0: every slice ends at its first look
 * at the clock, so how work is sliced never depends on the machine's speed).
 */
export function manualScheduler(sliceMs = 0): ManualScheduler {
  let clock = 0;
  const queue: (() => void)[] = [];
  return {
    now: () => clock,
    later(task) {
      queue.push(task);
      return () => {
        const at = queue.indexOf(task);
        if (at >= 0) queue.splice(at, 1);
      };
    },
    sliceMs,
    get pending() {
      return queue.length;
    },
    advance(ms) {
      clock += ms;
    },
    runAll() {
      let ran = 0;
      for (let task = queue.shift(); task; task = queue.shift()) {
        task();
        ran += 1;
      }
      return ran;
    },
  };
}
