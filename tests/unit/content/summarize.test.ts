import { describe, expect, it } from 'vitest';
import type { Match } from '@/src/matching/types';
import { summarizeMatches } from '@/src/content/summarize';

const actor = (id: string, start: number): Match => ({
  kind: 'person',
  id,
  start,
  end: start + 1,
  text: id,
});

const figure = (id: string, start: number, value: number): Match => ({
  kind: 'figure',
  id,
  start,
  end: start + 1,
  text: `${value} countries`,
  value,
  unit: 'countries',
  qualifier: 'exact',
  status: value === 26 ? 'agrees' : 'disputed',
  figureId: id,
});

describe('summarizeMatches', () => {
  it('counts per id in order of first appearance', () => {
    const items = summarizeMatches([actor('b', 0), actor('a', 5), actor('b', 9)]);
    expect(items).toEqual([
      { id: 'b', kind: 'person', count: 2 },
      { id: 'a', kind: 'person', count: 1 },
    ]);
  });

  it("keeps a figure's first wording, value and status", () => {
    const [item] = summarizeMatches([figure('f', 0, 31), figure('f', 9, 26)]);
    expect(item).toMatchObject({ count: 2, text: '31 countries', value: 31, status: 'disputed' });
  });

  it('is empty for no matches', () => {
    expect(summarizeMatches([])).toEqual([]);
  });
});
