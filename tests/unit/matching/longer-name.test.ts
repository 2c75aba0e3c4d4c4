import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/matching/scan';
import { inflections } from '../../../src/matching/inflections';
import type { AliasEntry } from '../../../src/matching/types';
import { ENGLISH } from '../support/english';

const actors: AliasEntry[] = [
  { id: 'paris', kind: 'place', aliases: ['Paris'] },
  { id: 'kyiv', kind: 'place', aliases: ['Kyiv'] },
  { id: 'russia', kind: 'country', aliases: ['Russia', 'Moscow'] },
  { id: 'ukraine', kind: 'country', aliases: ['Ukraine'] },
  { id: 'us', kind: 'country', aliases: ['US'] },
  { id: 'macron', kind: 'person', aliases: ['Macron'] },
  { id: 'zelensky', kind: 'person', aliases: ['Zelensky'] },
  { id: 'merz', kind: 'person', aliases: ['Merz'] },
  { id: 'ministry', kind: 'organisation', aliases: ['Russian foreign ministry'] },
  { id: 'federation', kind: 'country', aliases: ['Russian Federation'] },
];
const scan = createScanner({ actors, figures: [], languages: [ENGLISH] });
const found = (text: string) => scan(text).map((m) => `${m.id}:${m.text}`);

describe('names inside longer names', () => {
  it.each([
    ['a capitalised continuation', 'Paris Saint-Germain won.', []],
    ['a masthead', 'the Kyiv Independent reported it.', []],
    ['a masthead with The', 'The Moscow Times said so.', []],
    ['a hyphenated name', 'flights from Paris-Orly resumed.', []],
    ['a title after the name', 'US President spoke.', ['us:US']],
    ['a day after the name', 'He spoke in Paris Thursday.', ['paris:Paris']],
    [
      'a month cut short after the name',
      'They met in Paris Sept. 4.',
      ['paris:Paris', 'figure:date:904:Sept. 4'],
    ],
    ['a lowercase continuation', 'the Merz-led talks', ['merz:Merz']],
    [
      'a continuation that is a name',
      'the Russia-Ukraine war',
      ['russia:Russia', 'ukraine:Ukraine'],
    ],
    [
      'title case',
      'Macron Hosts Zelensky In Paris',
      ['macron:Macron', 'zelensky:Zelensky', 'paris:Paris'],
    ],
    ['a name at the end', 'They met in Paris.', ['paris:Paris']],
    ['a new block', 'in Paris\u0000Zelensky said', ['paris:Paris', 'zelensky:Zelensky']],
  ])('%s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('inflections of aliases', () => {
  it.each([
    ["Russia's Foreign Ministry said", ["ministry:Russia's Foreign Ministry"]],
    ['the foreign ministry of Russia said', ['ministry:foreign ministry of Russia']],
    ['Russia’s foreign ministry said', ['ministry:Russia’s foreign ministry']],
    ["Macron's aides", ['macron:Macron']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('leaves a proper name after a nationality alone', () => {
    expect(inflections('Russian Federation')).toEqual(['Russian Federation']);
    expect(inflections('Macron')).toEqual(['Macron']);
  });
});
