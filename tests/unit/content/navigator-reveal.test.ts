import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { EMPHASIS_CLASS } from '@/src/style/mark-classes';
import { highlightMatches } from '../highlight/support';
import type { Undo } from '@/src/dom/undo';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { createNavigator } from '@/src/content/mention-navigator';
import { actor, at, render } from '../highlight/support';

let undo: Undo;
const scrolled: Element[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  scrolled.length = 0;
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
  const body = render('<p>Macron met Zelensky.</p><p>Later Macron left.</p>');
  const collected = collectText(body);
  undo = highlightMatches(collected, [
    actor('person', 'macron', at(collected, 'Macron')),
    actor('person', 'zelensky', at(collected, 'Zelensky')),
    actor('person', 'macron', at(collected, 'Macron', 1)),
  ]);
});

afterEach(() => {
  undo();
  vi.useRealTimers();
});

const createRevealer = (doc: Document) => {
  const navigator = createNavigator(doc, createWrappedRenderer(doc), undefined, undefined);
  return (id: string) => navigator.reveal(id);
};

describe("the navigator's reveal", () => {
  it("walks one item's mentions in turn, wrapping, and flashes each", () => {
    const reveal = createRevealer(document);
    const texts = [1, 2, 3].map(() => {
      expect(reveal('macron')).toBe(true);
      const last = scrolled.at(-1)!;
      expect(last.classList.contains(EMPHASIS_CLASS)).toBe(true);
      return last.parentElement?.textContent;
    });
    expect(texts).toEqual(['Macron met Zelensky.', 'Later Macron left.', 'Macron met Zelensky.']);
    expect(document.activeElement).toBe(document.body);
  });

  it('returns false for an item the page does not highlight', () => {
    expect(createRevealer(document)('putin')).toBe(false);
    expect(scrolled).toHaveLength(0);
  });
});
