import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectText } from '@/src/highlight/collect-text';
import { nextHighlight, type MentionFilter } from '@/src/highlight/next-highlight';
import type { Undo } from '@/src/highlight/undo';
import {
  actor,
  at,
  expectRestored,
  render,
  snapshot,
  type Snapshot,
  highlightMatches,
} from './support';

let undo: Undo;
let before: Snapshot;

beforeAll(() => {
  const body = render(
    '<p id="start">Before.</p><p><b>Emmanuel</b> Macron met Zelensky.</p>' +
      '<p id="middle">Then</p><p>Macron left.</p><p id="end">After.</p>',
  );
  before = snapshot(body);
  const collected = collectText(body);
  undo = highlightMatches(collected, [
    actor('person', 'macron', at(collected, 'Emmanuel Macron')),
    actor('person', 'zelensky', at(collected, 'Zelensky')),
    actor('person', 'macron', at(collected, 'Macron', 1)),
  ]);
});

afterAll(() => {
  undo();
  expectRestored(document.body, before);
});

/** Which mention `nextHighlight` lands on, named by its text; the start may be a piece index. */
function step(
  from: string | number | null,
  direction: 'next' | 'previous',
  filter: MentionFilter = {},
): string | null {
  const marks = Array.from(document.querySelectorAll('mark'));
  const node =
    typeof from === 'number' ? marks[from]! : from === null ? null : document.getElementById(from)!;
  const found = nextHighlight(document, node, direction, filter);
  if (!found) return null;
  return marks
    .filter((mark) => mark.dataset.summitMention === found.dataset.summitMention)
    .map((mark) => mark.textContent)
    .join('');
}

describe('nextHighlight', () => {
  it.each<[string | number | null, 'next' | 'previous', MentionFilter, string | null]>([
    [null, 'next', {}, 'Emmanuel Macron'],
    [null, 'previous', {}, 'Macron'],
    [0, 'next', {}, 'Zelensky'],
    [1, 'next', {}, 'Zelensky'],
    [2, 'next', {}, 'Macron'],
    [3, 'next', {}, 'Emmanuel Macron'],
    [0, 'previous', {}, 'Macron'],
    [2, 'previous', {}, 'Emmanuel Macron'],
    ['start', 'next', {}, 'Emmanuel Macron'],
    ['middle', 'next', {}, 'Macron'],
    ['middle', 'previous', {}, 'Zelensky'],
    ['end', 'next', {}, 'Emmanuel Macron'],
    ['start', 'previous', {}, 'Macron'],
    [0, 'next', { id: 'macron' }, 'Macron'],
    [2, 'next', { id: 'macron' }, 'Macron'],
    [3, 'next', { id: 'macron' }, 'Emmanuel Macron'],
    [3, 'next', { id: 'zelensky' }, 'Zelensky'],
    [null, 'next', { kind: 'country' }, null],
  ])('from %s, %s, %o → %s', (from, direction, filter, expected) => {
    expect(step(from, direction, filter)).toBe(expected);
  });

  it('returns only first pieces, which are the tab stops', () => {
    const found = nextHighlight(document, null, 'next');
    expect(found?.getAttribute('tabindex')).toBe('0');
  });
});
