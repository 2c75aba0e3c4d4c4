import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readNumberWords as readWith } from '../../../src/matching/written-number';
import { ENGLISH_FIGURES } from '../support/english';

// English's grammar of written numbers, from its pack.
const grammar = ENGLISH_FIGURES.grammar!;
const readNumberWords = (text: string, pos: number, seed?: number) =>
  readWith(text, pos, grammar, seed);

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Spells 1..999 the way an English news text would. */
function spell(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const head = hundreds > 0 ? `${ONES[hundreds]} hundred` : '';
  let tail = '';
  if (rest >= 20) tail = [TENS[Math.floor(rest / 10)], ONES[rest % 10]].filter(Boolean).join('-');
  else if (rest >= 10) tail = TEENS[rest - 10] ?? '';
  else tail = ONES[rest] ?? '';
  return [head, tail].filter(Boolean).join(head && tail ? ' and ' : '');
}

describe('readNumberWords', () => {
  it.each([
    ['twenty-six', 26],
    ['twenty six', 26],
    ['thirty-five', 35],
    ['zero', 0],
    ['a dozen', 12],
    ['two dozen', 24],
    ['three and a half', 3.5],
    ['two and a half million', 2500000],
    ['two hundred and five', 205],
    ['one thousand two hundred', 1200],
    ['two hundred thousand', 200000],
    ['a million', 1000000],
  ])('reads %j as %d', (text, value) => {
    expect(readNumberWords(text, 0)).toEqual({ value, end: text.length });
  });

  it.each([
    ['twenty-six nations', 26, 10],
    ['one two', 1, 3],
    ['three and four', 3, 5],
    ['two dozen and more', 24, 9],
  ])('stops where the number ends in %j', (text, value, end) => {
    expect(readNumberWords(text, 0)).toEqual({ value, end });
  });

  it.each(['a', 'a day', 'hundred', 'dozen', 'two-day', 'and a half', 'nations'])(
    'reads no number in %j',
    (text) => {
      expect(readNumberWords(text, 0)).toBeUndefined();
    },
  );

  it('continues a seed', () => {
    expect(readNumberWords(' million', 0, 825)).toEqual({ value: 825000000, end: 8 });
    expect(readNumberWords(' nations', 0, 26)).toEqual({ value: 26, end: 0 });
  });

  it('reads every number from one to 999 as spelled out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        const text = spell(n);
        expect(readNumberWords(text, 0)).toEqual({ value: n, end: text.length });
      }),
      { numRuns: 300 },
    );
  });
});
