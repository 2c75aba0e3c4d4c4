import { afterEach, describe, expect, it } from 'vitest';
import {
  compareComposed,
  compareStarts,
  composedParent,
  containsComposed,
  shadowRootOf,
} from '@/src/dom/composed';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A page with a story two shadow roots deep: body > x-page #outer > x-body #inner > p. */
function nested() {
  document.body.innerHTML = '<p id="before">Before</p><x-page></x-page><p id="after">After</p>';
  const outer = document.querySelector('x-page')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<h1>Paris</h1><x-body></x-body><p>End</p>';
  const inner = outer.querySelector('x-body')!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<p>Zelensky</p>';
  const text = (node: ParentNode, selector: string) => node.querySelector(selector)!.firstChild!;
  return {
    outer,
    inner,
    before: text(document, '#before'),
    after: text(document, '#after'),
    headline: text(outer, 'h1'),
    end: text(outer, 'p'),
    story: text(inner, 'p'),
  };
}

const at = (node: Node, offset = 0) => ({ node, offset });

describe('the composed tree', () => {
  it('goes up from a shadow root to its host', () => {
    const { outer, inner, story } = nested();
    expect(composedParent(inner)).toBe(outer.querySelector('x-body'));
    expect(composedParent(document)).toBeNull();
    expect(shadowRootOf(story)).toBe(inner);
    expect(shadowRootOf(document.body)).toBeUndefined();
    expect(containsComposed(document.body, story)).toBe(true);
    expect(containsComposed(outer.querySelector('x-body')!, story)).toBe(true);
    expect(containsComposed(document.getElementById('before')!, story)).toBe(false);
  });

  it('orders points across shadow roots as the page shows them', () => {
    const { before, after, headline, end, story } = nested();
    const order = [before, headline, story, end, after];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(Math.sign(compareComposed(at(order[i]!), at(order[j]!)))).toBe(Math.sign(i - j));
      }
    }
    expect(compareComposed(at(story, 1), at(story, 3))).toBeLessThan(0);
  });

  it("compares ranges' starts within one tree and across trees alike", () => {
    const { before, story, end } = nested();
    const range = (node: Node) => {
      const made = document.createRange();
      made.setStart(node, 0);
      made.setEnd(node, 1);
      return made;
    };
    const sorted = [range(end), range(story), range(before)].sort(compareStarts);
    expect(sorted.map((r) => r.startContainer)).toEqual([before, story, end]);
  });
});
