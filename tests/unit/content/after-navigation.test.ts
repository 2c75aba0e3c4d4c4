import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isAnotherPage, recheckAfterNavigation } from '@/src/content/after-navigation';

describe('isAnotherPage', () => {
  it.each([
    ['https://news.example/a', 'https://news.example/b', true],
    ['https://news.example/a?page=2', 'https://news.example/a', true],
    ['https://news.example/a#comments', 'https://news.example/a', false],
    ['https://news.example/a#top', 'https://news.example/a#comments', false],
    ['https://news.example/b#top', 'https://news.example/a#top', true],
  ])('%s after %s: %s', (to, from, wanted) => {
    expect(isAnotherPage(new URL(to), new URL(from))).toBe(wanted);
  });
});

describe('recheckAfterNavigation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('checks at each delay while the check says the page is not settled', () => {
    const check = vi.fn(() => false);
    recheckAfterNavigation(check, new AbortController().signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(0);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(999);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(3);
  });

  it('stops once the check says the page is settled', () => {
    const check = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    recheckAfterNavigation(check, new AbortController().signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['cancelled', (cancel: () => void) => cancel()],
    ['aborted', (_: () => void, abort: AbortController) => abort.abort()],
  ])('checks no more once %s', (_, stop) => {
    const check = vi.fn(() => false);
    const abort = new AbortController();
    const cancel = recheckAfterNavigation(check, abort.signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(0);
    stop(cancel, abort);
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(1);
  });
});
