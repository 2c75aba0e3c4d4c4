import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  followNavigation,
  NAVIGATION_SETTLED_MARK,
  printOf,
  recheckAfterNavigation,
} from '@/src/content/after-navigation';

describe('recheckAfterNavigation', () => {
  beforeEach(() => {
    // Timers alone: the performance marks stay the page's own.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<main><p>Loading…</p></main>';
    performance.clearMarks(NAVIGATION_SETTLED_MARK);
  });
  afterEach(() => vi.useRealTimers());

  const settled = () => performance.getEntriesByName(NAVIGATION_SETTLED_MARK).length;
  /** The app renders something: the body's text changes. */
  const render = async (text: string) => {
    document.querySelector('main')!.textContent = text;
    await Promise.resolve(); // the observer hears of it
  };

  it('checks at once, then at a later delay only if the page changed since', async () => {
    const check = vi.fn(() => false);
    recheckAfterNavigation(document, check, new AbortController().signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(0);
    expect(check).toHaveBeenCalledTimes(1);
    await render('The article');
    vi.advanceTimersByTime(999);
    expect(check).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(2);
    // Nothing changed after the second look: the third is not needed.
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(2);
    expect(settled()).toBe(1);
  });

  it('looks once at a page that stays as it was, and says when it is done', () => {
    const check = vi.fn(() => false);
    recheckAfterNavigation(document, check, new AbortController().signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(2999);
    expect(settled()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(check).toHaveBeenCalledTimes(1);
    expect(settled()).toBe(1);
  });

  it('stops once the check says the page is settled', async () => {
    const check = vi.fn().mockReturnValueOnce(false).mockReturnValue(true);
    recheckAfterNavigation(document, check, new AbortController().signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(0);
    await render('The article');
    vi.advanceTimersByTime(1000);
    expect(settled()).toBe(1);
    await render('The article, updated');
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(2);
    expect(settled()).toBe(1);
  });

  it.each([
    ['cancelled', (cancel: () => void) => cancel()],
    ['aborted', (_: () => void, abort: AbortController) => abort.abort()],
  ])('checks no more once %s, and is not settled', async (_, stop) => {
    const check = vi.fn(() => false);
    const abort = new AbortController();
    const cancel = recheckAfterNavigation(document, check, abort.signal, [0, 1000, 3000]);
    vi.advanceTimersByTime(0);
    stop(cancel, abort);
    await render('The article');
    vi.advanceTimersByTime(10_000);
    expect(check).toHaveBeenCalledTimes(1);
    expect(settled()).toBe(0);
  });
});

describe('printOf', () => {
  it('tells another text apart, but not the same text in other elements', () => {
    document.body.innerHTML = '<p>Zelensky met Macron in Paris.</p>';
    const print = printOf(document);
    document.body.innerHTML = '<p>Zelensky met <mark>Macron</mark> in Paris.</p>';
    expect(printOf(document)).toBe(print);
    document.body.innerHTML = '<p>Trump raised tariffs on India.</p>';
    expect(printOf(document)).not.toBe(print);
  });
});

describe('followNavigation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.innerHTML = '<main><p>The old article</p></main>';
  });
  afterEach(() => vi.useRealTimers());

  /** A page whose steps are counted; it is settled once judged `settleAfter` times. */
  const counted = (unchanged: () => boolean, settleAfter = Infinity) => {
    const calls = { takeUp: 0, judge: 0 };
    const page = {
      unchanged,
      takeUp: () => void (calls.takeUp += 1),
      judge: () => void (calls.judge += 1),
      settled: () => calls.takeUp + calls.judge >= settleAfter,
    };
    return { page, calls };
  };

  it('takes the new page up at once when the app has rendered it', () => {
    const { page, calls } = counted(() => false, 1);
    followNavigation(document, page, new AbortController().signal);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual({ takeUp: 1, judge: 0 });
  });

  it('waits while the old article is still shown, and takes the new one up once rendered', async () => {
    const old = document.body.textContent;
    const { page, calls } = counted(() => document.body.textContent === old);
    followNavigation(document, page, new AbortController().signal);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual({ takeUp: 0, judge: 0 });
    document.querySelector('p')!.textContent = 'The new article';
    await Promise.resolve();
    vi.advanceTimersByTime(500);
    expect(calls).toEqual({ takeUp: 1, judge: 0 });
    document.querySelector('p')!.textContent = 'The new article, in full';
    await Promise.resolve();
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual({ takeUp: 1, judge: 1 });
  });

  it('keeps the old judgement of a page that never changes', () => {
    const { page, calls } = counted(() => true);
    followNavigation(document, page, new AbortController().signal);
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual({ takeUp: 0, judge: 0 });
    expect(performance.getEntriesByName(NAVIGATION_SETTLED_MARK).length).toBeGreaterThan(0);
  });
});
