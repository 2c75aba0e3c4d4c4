import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import {
  actor,
  at,
  expectRestored,
  mentionTexts,
  render,
  snapshot,
  highlightMatches,
} from './support';
import { manualScheduler } from '../support/manual-scheduler';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A page of `n` paragraphs naming Macron once each, with its matches. */
function page(n: number) {
  const body = render(Array.from({ length: n }, (_, i) => `<p>${i}: Macron spoke.</p>`).join(''));
  const before = snapshot(body);
  const collected = collectText(body);
  const matches = Array.from({ length: n }, (_, i) =>
    actor('person', 'emmanuel-macron', at(collected, 'Macron', i)),
  );
  return { body, before, collected, matches };
}

const wrapped = () => document.querySelectorAll('[data-summit-id]').length;

describe('highlightMatches in slices', () => {
  // A manual scheduler's slice ends at the first look at the clock, every 32 nodes: the
  // slices are the same whatever the machine's speed, and its tasks run when the test says.
  it('wraps a first slice at once and the rest in later tasks, then says it is done', () => {
    const { matches, collected } = page(100);
    const onDone = vi.fn();
    const scheduler = manualScheduler();
    highlightMatches(collected, matches, { scheduler, onDone });
    expect(wrapped()).toBe(32);
    expect(onDone).not.toHaveBeenCalled();
    expect(scheduler.runAll()).toBe(3); // 32 plans a slice: 32, 64, 96, 100
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(wrapped()).toBe(100);
    expect(mentionTexts()).toEqual(Array(100).fill('Macron'));
  });

  it('undone half way, stops and restores the page exactly; never says done', () => {
    const { body, before, matches, collected } = page(100);
    const onDone = vi.fn();
    const scheduler = manualScheduler();
    const undo = highlightMatches(collected, matches, { scheduler, onDone });
    expect(wrapped()).toBe(32);
    undo();
    expectRestored(body, before);
    expect(scheduler.pending).toBe(0);
    expect(wrapped()).toBe(0);
    expect(onDone).not.toHaveBeenCalled();
    expectRestored(body, before);
  });

  it('leaves a node the page changed between slices unwrapped, and the rest wrapped', () => {
    const { matches, collected } = page(100);
    const onDone = vi.fn();
    const scheduler = manualScheduler();
    const undo = highlightMatches(collected, matches, { scheduler, onDone });
    const last = document.querySelectorAll('p')[99]!.firstChild as Text;
    last.data = '99: someone else spoke, said Macron.';
    const gone = document.querySelectorAll('p')[98]!;
    gone.remove();
    expect(scheduler.runAll()).toBe(3); // 32 plans a slice: 32, 64, 96, 100
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(wrapped()).toBe(98);
    expect(document.querySelectorAll('p')[98]!.textContent).toBe(
      '99: someone else spoke, said Macron.',
    );
    undo();
    expect(wrapped()).toBe(0);
  });

  it('without a budget wraps everything now and says done synchronously', () => {
    const { matches, collected } = page(100);
    const onDone = vi.fn();
    highlightMatches(collected, matches, { onDone });
    expect(wrapped()).toBe(100);
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('with nothing to wrap says done at once', () => {
    const { collected } = page(3);
    const onDone = vi.fn();
    highlightMatches(collected, [], { scheduler: manualScheduler(), onDone });
    expect(onDone).toHaveBeenCalledTimes(1);
  });
});

describe('highlightMatches in slices, on a scrolled page', () => {
  it('wraps what is in view first, then below, then above', () => {
    const { matches, collected } = page(100);
    document.querySelectorAll('p').forEach((p, i) => {
      const top = i * 100 - 5_000; // scrolled to paragraph 50
      vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
    });
    const onDone = vi.fn();
    const scheduler = manualScheduler();
    highlightMatches(collected, matches, { scheduler, onDone });
    const wrappedParagraphs = () =>
      [...document.querySelectorAll('p')].flatMap((p, i) => (p.querySelector('mark') ? [i] : []));
    expect(wrappedParagraphs()).toEqual(Array.from({ length: 32 }, (_, i) => 50 + i));
    expect(scheduler.runAll()).toBe(3); // 32 plans a slice: 32, 64, 96, 100
    expect(onDone).toHaveBeenCalledTimes(1);
    expect(wrappedParagraphs()).toHaveLength(100);
  });
});
