import { describe, expect, it } from 'vitest';
import { mergeMatches } from '../../../src/matching/merge-matches';
import type { ActorMatch, FigureMatch } from '../../../src/matching/types';

const actor = (start: number, end: number): ActorMatch => ({
  kind: 'term',
  id: `a${start}`,
  start,
  end,
  text: '',
});
const figure = (start: number, end: number): FigureMatch => ({
  kind: 'figure',
  id: `f${start}`,
  start,
  end,
  text: '',
  value: 1,
  unit: 'countries',
  qualifier: 'exact',
  status: 'unknown',
});

describe('mergeMatches', () => {
  it.each<[string, ActorMatch[], FigureMatch[], string[]]>([
    ['interleaves by start', [actor(0, 2), actor(10, 12)], [figure(5, 8)], ['a0', 'f5', 'a10']],
    ['a longer figure wins', [actor(6, 10)], [figure(0, 30)], ['f0']],
    ['a longer actor wins', [actor(0, 20)], [figure(5, 10)], ['a0']],
    ['a tie goes to the actor', [actor(0, 5)], [figure(3, 8)], ['a0']],
    [
      'a long figure drops every shorter actor inside',
      [actor(2, 4), actor(6, 8)],
      [figure(0, 10)],
      ['f0'],
    ],
    ['touching spans both stay', [actor(0, 5)], [figure(5, 9)], ['a0', 'f5']],
    ['empty lists', [], [], []],
  ])('%s', (_, actors, figures, ids) => {
    expect(mergeMatches(actors, figures).map((m) => m.id)).toEqual(ids);
  });
});
