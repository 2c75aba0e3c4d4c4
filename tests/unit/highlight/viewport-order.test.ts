import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstInViewport, fromIndex } from '@/src/highlight/viewport-order';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

/** `n` paragraphs of 100 px each, the page scrolled by `scrollY`: their text nodes. */
function laidOut(n: number, scrollY: number): Text[] {
  const nodes: Text[] = [];
  for (let i = 0; i < n; i++) {
    const p = document.body.appendChild(document.createElement('p'));
    nodes.push(p.appendChild(document.createTextNode(`paragraph ${i}`)));
    const top = i * 100 - scrollY;
    vi.spyOn(p, 'getBoundingClientRect').mockReturnValue({ top, bottom: top + 100 } as DOMRect);
  }
  return nodes;
}

describe('firstInViewport', () => {
  it.each([
    [0, 0],
    [250, 2],
    [299, 2],
    [300, 3],
    [9_950, 99],
  ])('scrolled by %i px, starts at paragraph %i', (scrollY, first) => {
    expect(firstInViewport(laidOut(100, scrollY))).toBe(first);
  });

  it('reads few boxes (a binary search)', () => {
    const nodes = laidOut(1000, 50_000);
    const reads = nodes.map((node) => vi.mocked(node.parentElement!.getBoundingClientRect));
    expect(firstInViewport(nodes)).toBe(500);
    expect(reads.filter((read) => read.mock.calls.length > 0).length).toBeLessThanOrEqual(11);
  });

  it('is 0 when everything is above the view, for none, and without layout', () => {
    expect(firstInViewport(laidOut(10, 5_000))).toBe(0);
    expect(firstInViewport([])).toBe(0);
    document.body.innerHTML = '<p>a</p><p>b</p>';
    expect(firstInViewport([...document.querySelectorAll('p')].map((p) => p.firstChild!))).toBe(0);
  });
});

describe('fromIndex', () => {
  it('goes from the index down, then back up from just above it', () => {
    expect(fromIndex([0, 1, 2, 3, 4, 5], 3)).toEqual([3, 4, 5, 2, 1, 0]);
    expect(fromIndex([0, 1, 2], 0)).toEqual([0, 1, 2]);
  });
});
