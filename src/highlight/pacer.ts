/** Timing of a pacer, in milliseconds. */
export interface PacerTiming {
  /** Shortest time between two runs. Default 200. */
  minInterval?: number;
  /** Longest time the interval grows to while work keeps coming. Default 5000. */
  maxInterval?: number;
  /** Back-to-back runs tolerated before the interval starts doubling. Default 3. */
  patience?: number;
}

/** A paced, idle-time runner of one task (see createPacer). */
export interface Pacer {
  /** Asks for a run; several requests before it happens make one run. */
  request(): void;
  /** Cancels any pending run; later requests are ignored. */
  stop(): void;
}

type IdleWindow = Window & {
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
  cancelIdleCallback?: (handle: number) => void;
};

/**
 * Runs `task` at most once per interval, in idle time when the browser offers
 * requestIdleCallback (else on a timer). While requests keep arriving as fast as runs allow,
 * the interval doubles after `patience` runs, up to maxInterval, and falls back to
 * minInterval once a run comes after a quiet spell: a page that mutates constantly gets
 * fewer, larger batches instead of a busy loop.
 */
export function createPacer(task: () => void, view: IdleWindow, timing: PacerTiming = {}): Pacer {
  const min = timing.minInterval ?? 200;
  const max = timing.maxInterval ?? 5000;
  const patience = timing.patience ?? 3;
  let interval = min;
  let lastRun = -Infinity;
  let streak = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let stopped = false;
  const run = (): void => {
    timer = idle = undefined;
    const now = Date.now();
    streak = now - lastRun <= interval * 2 ? streak + 1 : 0;
    interval = streak > patience ? Math.min(interval * 2, max) : min;
    lastRun = now;
    task();
  };
  return {
    request() {
      if (stopped || timer !== undefined || idle !== undefined) return;
      const wait = Math.max(0, lastRun + interval - Date.now());
      timer = setTimeout(() => {
        timer = undefined;
        if (view.requestIdleCallback) idle = view.requestIdleCallback(run, { timeout: interval });
        else run();
      }, wait);
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) view.cancelIdleCallback?.(idle);
      timer = idle = undefined;
    },
  };
}
