import { describe, expect, it } from 'vitest';
import { formatMatchTable } from '../../../src/cli/match-table';
import type { Match } from '../../../src/matching';

const MATCHES: Match[] = [
  { kind: 'person', id: 'emmanuel-macron', start: 0, end: 6, text: 'Macron' },
  {
    kind: 'figure',
    id: 'countries-committed',
    figureId: 'countries-committed',
    start: 12,
    end: 24,
    text: '26\ncountries',
    value: 26,
    unit: 'countries',
    qualifier: 'exact',
    status: 'agrees',
  },
];

describe('formatMatchTable', () => {
  it('lays out one padded row per match, with a figure’s status', () => {
    expect(formatMatchTable(MATCHES).split('\n')).toEqual([
      'kind    id                   text          offset  status',
      'person  emmanuel-macron      Macron        0',
      'figure  countries-committed  26 countries  12      agrees',
    ]);
  });

  it('prints only the header for no matches', () => {
    expect(formatMatchTable([])).toBe('kind  id  text  offset  status');
  });
});
