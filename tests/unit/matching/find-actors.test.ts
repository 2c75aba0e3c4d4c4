import { describe, expect, it } from 'vitest';
import { createActorFinder } from '../../../src/matching/find-actors';
import { normalize } from '../../../src/matching/normalize';
import { SAMPLE_ACTORS } from './sample-data';

const findActors = createActorFinder(SAMPLE_ACTORS);

function find(text: string): [string, string][] {
  return findActors(normalize(text)).map((m) => [m.id, m.text]);
}

describe('createActorFinder', () => {
  it.each([
    [
      'any case for names',
      'MACRON, macron and Macron',
      [
        ['macron', 'MACRON'],
        ['macron', 'macron'],
        ['macron', 'Macron'],
      ],
    ],
    [
      'acronyms in their case only',
      'US and UK, not us or Uk',
      [
        ['usa', 'US'],
        ['uk', 'UK'],
      ],
    ],
    ['acronym NATO, not Nato', 'NATO said; Nato did not', [['nato', 'NATO']]],
    ['EU but not "eu" in a word', 'the EU; Europe; eu', [['eu', 'EU']]],
    [
      'dotted acronym with boundary after the final dot',
      'the U.S. said, U.S.-led, U.S.',
      [
        ['usa', 'U.S.'],
        ['usa', 'U.S.'],
        ['usa', 'U.S.'],
      ],
    ],
    ['dotted acronym not inside a longer one', 'the U.S.A. and u.s. policy', []],
    ['diacritics in the text', 'the Elysée palace', [['elysee', 'Elysée palace']]],
    ['diacritics in the alias', 'at the Elysee Palace', [['elysee', 'Elysee Palace']]],
    ['decomposed accents', 'E\u0301lyse\u0301e Palace', [['elysee', 'E\u0301lyse\u0301e Palace']]],
    ['soft hyphen inside a name', 'Zelen\u00adsky spoke', [['zelensky', 'Zelen\u00adsky']]],
    ['NBSP inside a name', 'Friedrich\u00a0Merz', [['merz', 'Friedrich\u00a0Merz']]],
    ['line break inside a name', 'Volodymyr\nZelensky', [['zelensky', 'Volodymyr\nZelensky']]],
    ["possessive 's", "Macron's plan", [['macron', 'Macron']]],
    ['possessive ’s', 'Zelenskyy’s aide', [['zelensky', 'Zelenskyy']]],
    ['hyphenated compound', 'a Merz-led cabinet', [['merz', 'Merz']]],
    ['Merz not in Merzig', 'Merzig is a town', []],
    ['digits are word characters', 'NATO2 and 2NATO', []],
    ['longest wins', 'Volodymyr Zelensky arrived', [['zelensky', 'Volodymyr Zelensky']]],
    [
      'longest alias with a title',
      'Ukrainian President Volodymyr Zelensky',
      [['zelensky', 'Ukrainian President Volodymyr Zelensky']],
    ],
    ['German Gref is the banker', 'Sberbank chief German Gref warned', [['gref', 'German Gref']]],
    [
      'German alone is Germany',
      'A German source; Germany',
      [
        ['germany', 'German'],
        ['germany', 'Germany'],
      ],
    ],
    ['Germanic is nothing', 'Germanic tribes', []],
    [
      'multi-word lowercase term',
      'the Coalition of the Willing met',
      [['coalition', 'Coalition of the Willing']],
    ],
    ['curly quotes around a name', '“Macron”', [['macron', 'Macron']]],
    ['name at the very start and end', 'Merz', [['merz', 'Merz']]],
    [
      'adjacent names',
      'Macron, Merz, NATO',
      [
        ['macron', 'Macron'],
        ['merz', 'Merz'],
        ['nato', 'NATO'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(find(text)).toEqual(expected);
  });

  it('gives original offsets and kinds', () => {
    const text = '\u00ad\u200bThe “Élysée Palace”';
    const [match] = findActors(normalize(text));
    expect(match).toEqual({
      kind: 'place',
      id: 'elysee',
      start: 7,
      end: 20,
      text: 'Élysée Palace',
    });
    expect(text.slice(match?.start, match?.end)).toBe('Élysée Palace');
  });

  it('lets the first actor listed win a shared alias', () => {
    const finder = createActorFinder([
      { id: 'a', kind: 'term', aliases: ['Paris'] },
      { id: 'b', kind: 'place', aliases: ['paris'] },
    ]);
    expect(finder(normalize('Paris')).map((m) => m.id)).toEqual(['a']);
  });

  it('ignores blank aliases and an empty actor list', () => {
    expect(
      createActorFinder([{ id: 'x', kind: 'term', aliases: ['', '  '] }])(normalize('a b')),
    ).toEqual([]);
    expect(createActorFinder([])(normalize('Macron'))).toEqual([]);
  });
});
