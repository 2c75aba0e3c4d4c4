import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../src/matching/find-figures';
import { normalize } from '../../../src/matching/normalize';
import { ENGLISH_READING } from '../support/english';

function figures(text: string): [string, string, number, string][] {
  return findFigures(normalize(text), ENGLISH_READING).map((f) => [
    f.text,
    f.unit,
    f.value,
    f.qualifier,
  ]);
}

describe('findFigures', () => {
  it.each([
    ['numeral', '26 countries pledged', ['26 countries', 'countries', 26, 'exact']],
    ['nations', 'after 26 nations pledged', ['26 nations', 'countries', 26, 'exact']],
    ['states', '27 member states', ['27 member states', 'countries', 27, 'exact']],
    ['capitalised headline', '26 Nations Join', ['26 Nations', 'countries', 26, 'exact']],
    [
      'written, hyphenated',
      'Twenty-six nations have',
      ['Twenty-six nations', 'countries', 26, 'exact'],
    ],
    ['written, lowercase', 'twenty-six nations', ['twenty-six nations', 'countries', 26, 'exact']],
    ['written, spaced', 'twenty six nations', ['twenty six nations', 'countries', 26, 'exact']],
    [
      'written, non-breaking hyphen',
      'twenty\u2011six nations',
      ['twenty\u2011six nations', 'countries', 26, 'exact'],
    ],
    ['thirty-five', 'thirty-five leaders', ['thirty-five leaders', 'leaders', 35, 'exact']],
    ['a dozen', 'a dozen leaders', ['a dozen leaders', 'leaders', 12, 'exact']],
    ['two dozen', 'two dozen countries', ['two dozen countries', 'countries', 24, 'exact']],
    [
      'over two dozen',
      'just as over two dozen countries pledged',
      ['over two dozen countries', 'countries', 24, 'more-than'],
    ],
    [
      'More than two dozen',
      'PARIS: More than two dozen countries have',
      ['More than two dozen countries', 'countries', 24, 'more-than'],
    ],
    [
      'More than 26',
      'More than 26 countries have',
      ['More than 26 countries', 'countries', 26, 'more-than'],
    ],
    [
      'upwards of',
      'upwards of 30 countries',
      ['upwards of 30 countries', 'countries', 30, 'more-than'],
    ],
    ['exactly', 'exactly 26 countries', ['exactly 26 countries', 'countries', 26, 'exact']],
    ['at least', 'at least 35 leaders', ['at least 35 leaders', 'leaders', 35, 'at-least']],
    ['around', 'includes around 30 countries', ['around 30 countries', 'countries', 30, 'about']],
    ['about', 'about 30 countries', ['about 30 countries', 'countries', 30, 'about']],
    ['some', 'some 30 countries', ['some 30 countries', 'countries', 30, 'about']],
    ['roughly', 'roughly 30 countries', ['roughly 30 countries', 'countries', 30, 'about']],
    [
      'approximately, km',
      'approximately 125 kilometers north',
      ['approximately 125 kilometers', 'km', 125, 'about'],
    ],
    ['kilometres', '125 kilometres', ['125 kilometres', 'km', 125, 'exact']],
    ['km', '125 km', ['125 km', 'km', 125, 'exact']],
    ['km glued', '125km', ['125km', 'km', 125, 'exact']],
    ['nearly', 'nearly 30 countries', ['nearly 30 countries', 'countries', 30, 'nearly']],
    [
      'Almost, and a half, years',
      'Almost three and a half years after',
      ['Almost three and a half years', 'years', 3.5, 'nearly'],
    ],
    ['two years', 'after two years of growth', ['two years', 'years', 2, 'exact']],
    ['fewer than', 'fewer than 20 leaders', ['fewer than 20 leaders', 'leaders', 20, 'less-than']],
    ['less than', 'less than 20 leaders', ['less than 20 leaders', 'leaders', 20, 'less-than']],
    ['under', 'under 20 leaders', ['under 20 leaders', 'leaders', 20, 'less-than']],
    [
      'missiles with modifiers',
      'the delivery of 3,350 ERAM long-range missiles to',
      ['3,350 ERAM long-range missiles', 'missiles', 3350, 'exact'],
    ],
    [
      'people: members',
      'deaths of two members of the Danish Refugee Council',
      ['two members', 'people', 2, 'exact'],
    ],
    [
      'people: workers',
      'two workers from the Danish Refugee Council',
      ['two workers', 'people', 2, 'exact'],
    ],
    ['people: aid workers', 'two aid workers died', ['two aid workers', 'people', 2, 'exact']],
    ['people', '1,000 people', ['1,000 people', 'people', 1000, 'exact']],
    ['dollars', 'for $825 million, funded', ['$825 million', 'usd', 825000000, 'exact']],
    ['dollars, abbreviated', '$825m deal', ['$825m', 'usd', 825000000, 'exact']],
    ['euros', '€1.1 billion', ['€1.1 billion', 'eur', 1100000000, 'exact']],
    ['euros, abbreviated', '€1.1bn', ['€1.1bn', 'eur', 1100000000, 'exact']],
    [
      'dollars as a word',
      '825 million dollars',
      ['825 million dollars', 'usd', 825000000, 'exact'],
    ],
    ['qualified money', 'about $825 million', ['about $825 million', 'usd', 825000000, 'about']],
    ['scale on a count', '1.5 million people', ['1.5 million people', 'people', 1500000, 'exact']],
    [
      'hundreds',
      'two hundred and five leaders',
      ['two hundred and five leaders', 'leaders', 205, 'exact'],
    ],
    ['thousands', 'three thousand troops', ['three thousand troops', 'people', 3000, 'exact']],
    ['a hundred', 'a hundred leaders', ['a hundred leaders', 'leaders', 100, 'exact']],
    ['ISO date', 'date 2025-09-04 French', ['2025-09-04', 'date', 20250904, 'exact']],
    [
      'day month year',
      'on 4 September 2025 in Paris',
      ['4 September 2025', 'date', 20250904, 'exact'],
    ],
    [
      'month day, year',
      'on September 4, 2025, in Paris',
      ['September 4, 2025', 'date', 20250904, 'exact'],
    ],
    ['month day', 'on September 4 in Paris', ['September 4', 'date', 904, 'exact']],
    ['abbreviated month', 'on Sep 2, Russian', ['Sep 2', 'date', 902, 'exact']],
    ['dotted abbreviation', 'on Sept. 4 in Paris', ['Sept. 4', 'date', 904, 'exact']],
    ['Sep 4', 'conference on Sep 4, Macron', ['Sep 4', 'date', 904, 'exact']],
    ['day month', 'on 4 September the', ['4 September', 'date', 904, 'exact']],
    ['ordinal day', 'on the 4th of September', ['4th of September', 'date', 904, 'exact']],
    [
      'month year',
      'invasion in February 2022, European',
      ['February 2022', 'date', 20220200, 'exact'],
    ],
  ])('%s', (_, text, expected) => {
    expect(figures(text)).toEqual([expected]);
  });

  it.each([
    ['a bare number', 'he said 26 times'],
    ['a bare year', 'in 2022 the war'],
    ['a year before a modified unit', 'in 2022 European leaders met'],
    ['a vague plural', 'dozens of countries'],
    ['an ordinal', 'the 26th country'],
    ['a number inside a word', 'the A320 leaders'],
    ['a unit after a function word', 'two of the countries'],
    ['a unit too far away', '3,350 very new and long-range missiles'],
    ['a month as a verb', 'they may 4 times'],
    ['a lowercase month', 'the march 4 rally'],
    ['a month alone', 'in September the'],
    ['pounds (no unit)', '£5 million'],
    ['a compound adjective', 'a two-day summit'],
    ['"one" as a pronoun', 'one of the leaders'],
    ['a singular count noun', 'as one leader put it'],
    ['an invalid ISO date', '2025-13-45 countries'],
  ])('ignores %s', (_, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('finds several figures in order, without overlap, with original offsets', () => {
    const text = 'On 4 September 2025, 26\u00a0countries — and 35 leaders — met.';
    const found = findFigures(normalize(text), ENGLISH_READING);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      '4 September 2025',
      '26\u00a0countries',
      '35 leaders',
    ]);
    expect(found.map((f) => f.text)).toEqual(found.map((f) => text.slice(f.start, f.end)));
  });

  it('keeps a qualifier out of the previous figure', () => {
    expect(figures('26 countries over 30 leaders')).toEqual([
      ['26 countries', 'countries', 26, 'exact'],
      ['over 30 leaders', 'leaders', 30, 'more-than'],
    ]);
  });
});
