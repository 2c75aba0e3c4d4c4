import type { AliasEntry, FigureRef } from '../../../src/matching/types';

/** A small alias table for the matching tests, independent of the real dataset. */
export const SAMPLE_ACTORS: readonly AliasEntry[] = [
  {
    id: 'macron',
    kind: 'person',
    aliases: ['Emmanuel Macron', 'Macron', 'French President Emmanuel Macron'],
  },
  {
    id: 'zelensky',
    kind: 'person',
    aliases: [
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Zelensky',
      'Zelenskyy',
      'Ukrainian President Volodymyr Zelensky',
    ],
  },
  { id: 'merz', kind: 'person', aliases: ['Friedrich Merz', 'Merz'] },
  { id: 'gref', kind: 'person', aliases: ['German Gref'] },
  { id: 'germany', kind: 'country', aliases: ['Germany', 'German'] },
  { id: 'usa', kind: 'country', aliases: ['United States', 'US', 'U.S.', 'Washington'] },
  { id: 'uk', kind: 'country', aliases: ['UK', 'United Kingdom'] },
  { id: 'eu', kind: 'organisation', aliases: ['EU', 'European Union'] },
  { id: 'nato', kind: 'organisation', aliases: ['NATO'] },
  { id: 'elysee', kind: 'place', aliases: ['Élysée Palace', 'Elysee'] },
  { id: 'eram', kind: 'term', aliases: ['ERAM'] },
  { id: 'coalition', kind: 'term', aliases: ['coalition of the willing'] },
];

/** Dataset figures for classification tests. */
export const SAMPLE_FIGURES: readonly FigureRef[] = [
  {
    id: 'countries-pledged',
    unit: 'countries',
    value: 26,
    nouns: ['countries', 'nations'],
    cues: [['pledged', 'committed']],
    excludes: ['ruled out'],
  },
  {
    id: 'coalition-size',
    unit: 'countries',
    value: 30,
    nouns: ['countries', 'nations'],
    cues: [['coalition']],
  },
  {
    id: 'leaders-attending',
    unit: 'leaders',
    value: 35,
    cues: [['attended', 'summit']],
    excludes: ['in person'],
  },
  { id: 'summit-date', unit: 'date', value: 20250904, cues: [['summit', 'press conference']] },
  {
    id: 'missiles-delivered',
    unit: 'missiles',
    value: 3350,
    modifiers: ['ERAM', 'long-range'],
    cues: [['delivery', 'ERAM']],
  },
];
