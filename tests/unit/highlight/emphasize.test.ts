import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import { emphasize } from '@/src/highlight/emphasize';
import type { Undo } from '@/src/dom/undo';
import {
  actor,
  at,
  expectRestored,
  pieces,
  render,
  snapshot,
  type Snapshot,
  highlightMatches,
} from './support';

let undoHighlight: Undo;
let before: Snapshot;
const scroll = vi.fn();

function setReducedMotion(reduced: boolean): void {
  window.matchMedia = vi.fn().mockReturnValue({ matches: reduced }) as typeof window.matchMedia;
}

beforeEach(() => {
  vi.useFakeTimers();
  const body = render('<p><b>Emmanuel</b> Macron met Zelensky</p>');
  before = snapshot(body);
  const collected = collectText(body);
  undoHighlight = highlightMatches(collected, [
    actor('person', 'macron', at(collected, 'Emmanuel Macron')),
    actor('person', 'zelensky', at(collected, 'Zelensky')),
  ]);
  Element.prototype.scrollIntoView = scroll;
  scroll.mockClear();
  setReducedMotion(false);
});

afterEach(() => {
  undoHighlight();
  expectRestored(document.body, before);
  vi.useRealTimers();
});

const emphasised = () =>
  pieces().filter((piece) => piece.classList.contains('summit-lens-emphasis'));

describe('emphasize', () => {
  it('flashes every piece of the mention for 1.5 s', () => {
    const [, second] = pieces();
    emphasize(second!);
    expect(emphasised().map((piece) => piece.textContent)).toEqual(['Emmanuel', ' Macron']);
    vi.advanceTimersByTime(1499);
    expect(emphasised()).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(emphasised()).toHaveLength(0);
  });

  it.each([
    [false, 'smooth'],
    [true, 'auto'],
  ])('scrolls to the centre (reduced motion %s: %s)', (reduced, behavior) => {
    setReducedMotion(reduced);
    emphasize(pieces()[1]!);
    expect(scroll).toHaveBeenCalledWith(expect.objectContaining({ block: 'center', behavior }));
  });

  it('focuses the first piece', () => {
    emphasize(pieces()[1]!);
    expect(document.activeElement).toBe(pieces()[0]);
  });

  it('ends early on undo, harmlessly twice', () => {
    const undo = emphasize(pieces()[2]!);
    undo();
    undo();
    expect(emphasised()).toHaveLength(0);
  });

  it('emphasises one mention at a time', () => {
    emphasize(pieces()[0]!);
    emphasize(pieces()[2]!);
    expect(emphasised().map((piece) => piece.textContent)).toEqual(['Zelensky']);
  });
});
