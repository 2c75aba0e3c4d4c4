import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPacer } from '@/src/highlight/pacer';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createPacer', () => {
  it('merges requests into one run', () => {
    const task = vi.fn();
    const pacer = createPacer(task, window);
    pacer.request();
    pacer.request();
    vi.advanceTimersByTime(0);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs in idle time when the browser offers it', () => {
    const task = vi.fn();
    const idle = vi.fn((callback: () => void) => setTimeout(callback, 30) as unknown as number);
    const view = Object.assign(Object.create(window) as Window, { requestIdleCallback: idle });
    createPacer(task, view).request();
    vi.advanceTimersByTime(10);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 200 });
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a quiet page keeps the minimum interval', 1000, [0, 1000, 2000, 3000]],
    ['a busy page doubles it after the patience', 10, [0, 200, 400, 600, 800, 1200, 2000, 3600]],
  ])('%s', (_name, every, expected) => {
    const runs: number[] = [];
    const start = Date.now();
    const pacer = createPacer(() => runs.push(Date.now() - start), window, { maxInterval: 1600 });
    for (let t = 0; t < 4000; t += every) {
      pacer.request();
      vi.advanceTimersByTime(every);
    }
    expect(runs.slice(0, expected.length)).toEqual(expected);
  });

  it('stops', () => {
    const task = vi.fn();
    const pacer = createPacer(task, window);
    pacer.request();
    pacer.stop();
    pacer.request();
    vi.advanceTimersByTime(1000);
    expect(task).not.toHaveBeenCalled();
  });
});
