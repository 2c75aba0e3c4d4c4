import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTabbable } from '@/src/card/tab-order';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('nextTabbable', () => {
  // happy-dom lays nothing out: every element counts as rendered here.
  const rendered = () =>
    vi
      .spyOn(Element.prototype, 'getClientRects')
      .mockReturnValue([new DOMRect(0, 0, 10, 10)] as unknown as DOMRectList);

  it('finds what follows a node in the page, skipping what cannot take focus', () => {
    rendered();
    document.body.innerHTML =
      '<a href="#">before</a><p id="from">Macron</p><button disabled>no</button>' +
      '<span tabindex="-1">no</span><a id="next" href="#">next</a>';
    const from = document.getElementById('from')!.firstChild!;
    expect(nextTabbable(from)).toBe(document.getElementById('next'));
  });

  it('goes on after the outermost shadow host from a node inside its shadow trees', () => {
    rendered();
    document.body.innerHTML =
      '<a href="#">before</a><x-page></x-page><a id="next" href="#">next</a>';
    const outer = document.querySelector('x-page')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<x-body></x-body>';
    const inner = outer.querySelector('x-body')!.attachShadow({ mode: 'open' });
    inner.innerHTML = '<p>Zelensky</p>';
    expect(nextTabbable(inner.querySelector('p')!.firstChild!)).toBe(
      document.getElementById('next'),
    );
  });
});
