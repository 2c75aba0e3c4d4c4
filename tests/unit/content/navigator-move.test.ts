import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { highlightMatches } from '../highlight/support';
import type { Undo } from '@/src/dom/undo';
import { createWrappedRenderer } from '@/src/highlight/wrapped/wrapped-renderer';
import { createNavigator, type Direction } from '@/src/content/mention-navigator';
import { actor, at, render } from '../highlight/support';

let undo: Undo;
let moveHighlight: (doc: Document, direction: Direction) => boolean;

beforeEach(() => {
  vi.useFakeTimers();
  Element.prototype.scrollIntoView = vi.fn();
  const body = render(
    '<p><b>Emmanuel</b> Macron met Zelensky.</p><button id="elsewhere">x</button><p>Starmer left.</p>',
  );
  const collected = collectText(body);
  const navigator = createNavigator(
    document,
    createWrappedRenderer(document),
    undefined,
    undefined,
  );
  moveHighlight = (_doc, direction) => navigator.move(direction);
  undo = highlightMatches(collected, [
    actor('person', 'macron', at(collected, 'Emmanuel Macron')),
    actor('person', 'zelensky', at(collected, 'Zelensky')),
    actor('person', 'starmer', at(collected, 'Starmer')),
  ]);
});

afterEach(() => {
  undo();
  vi.useRealTimers();
});

const focusedText = () => (document.activeElement as HTMLElement).textContent;

describe('moveHighlight', () => {
  it('goes forward from the page start and wraps to the first mention', () => {
    const seen = [1, 2, 3, 4].map(() => (moveHighlight(document, 'next'), focusedText()));
    expect(seen).toEqual(['Emmanuel', 'Zelensky', 'Starmer', 'Emmanuel']);
  });

  it('goes back from the page end and wraps to the last mention', () => {
    const seen = [1, 2, 3, 4].map(() => (moveHighlight(document, 'previous'), focusedText()));
    expect(seen).toEqual(['Starmer', 'Zelensky', 'Emmanuel', 'Starmer']);
  });

  it('starts from the focused element', () => {
    document.getElementById('elsewhere')!.focus();
    moveHighlight(document, 'next');
    expect(focusedText()).toBe('Starmer');
  });

  it('scrolls to the mention and flashes every piece of it', () => {
    moveHighlight(document, 'next');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledOnce();
    expect(document.querySelectorAll('.summit-lens-emphasis')).toHaveLength(2);
  });

  it('says when there is nothing to move to', () => {
    undo();
    expect(moveHighlight(document, 'next')).toBe(false);
    undo = () => undefined;
  });
});
