import { describe, expect, it } from 'vitest';
import { classifyFigure } from '../../../src/matching/classify-figure';
import type { FigureRef, Qualifier, Unit } from '../../../src/matching/types';
import { SAMPLE_FIGURES } from './sample-data';

describe('classifyFigure', () => {
  it.each<[string, Unit, number, Qualifier, string, string, string | undefined]>([
    [
      'equal value',
      'countries',
      26,
      'exact',
      '26 countries pledged troops',
      'agrees',
      'countries-pledged',
    ],
    [
      'more than, same value',
      'countries',
      26,
      'more-than',
      'More than 26 countries have pledged',
      'agrees',
      'countries-pledged',
    ],
    [
      'over two dozen',
      'countries',
      24,
      'more-than',
      'over two dozen countries pledged',
      'agrees',
      'countries-pledged',
    ],
    [
      'around 30',
      'countries',
      30,
      'about',
      'The coalition includes around 30 countries',
      'agrees',
      'coalition-size',
    ],
    ['30 with no context', 'countries', 30, 'exact', 'some text', 'agrees', 'coalition-size'],
    [
      'wrong count, context says which',
      'countries',
      31,
      'exact',
      '31 countries pledged troops',
      'disputed',
      'countries-pledged',
    ],
    [
      'wrong count, other context',
      'countries',
      40,
      'exact',
      'a coalition of 40 countries',
      'disputed',
      'coalition-size',
    ],
    [
      'context matched by prefix and case',
      'countries',
      31,
      'exact',
      '31 nations have COMMITTED',
      'disputed',
      'countries-pledged',
    ],
    [
      'sole figure of its unit',
      'leaders',
      40,
      'exact',
      '40 leaders were there',
      'disputed',
      'leaders-attending',
    ],
    [
      'no context, several figures',
      'countries',
      2,
      'exact',
      'supply crude to the two countries',
      'unknown',
      undefined,
    ],
    [
      'unit not in the dataset',
      'km',
      125,
      'about',
      'approximately 125 kilometers north',
      'unknown',
      undefined,
    ],
    [
      'date agreeing, no year',
      'date',
      904,
      'exact',
      'on Sep 4, Macron said',
      'agrees',
      'summit-date',
    ],
    ['other date, no context', 'date', 902, 'exact', 'on Sep 2, Putin said', 'unknown', undefined],
    ['other date, context', 'date', 903, 'exact', 'the summit on Sep 3', 'disputed', 'summit-date'],
    [
      'missiles agree',
      'missiles',
      3350,
      'exact',
      'the delivery of 3,350 ERAM long-range missiles',
      'agrees',
      'missiles-delivered',
    ],
  ])('%s', (_, unit, value, qualifier, context, status, figureId) => {
    const result = classifyFigure({ unit, value, qualifier }, context, SAMPLE_FIGURES);
    expect(result).toEqual(figureId === undefined ? { status } : { status, figureId });
  });

  it('prefers the agreeing figure whose context is present', () => {
    const refs: FigureRef[] = [
      { id: 'a', unit: 'countries', value: 30, context: ['coalition'] },
      { id: 'b', unit: 'countries', value: 26, context: ['pledged'] },
    ];
    const result = classifyFigure(
      { unit: 'countries', value: 26, qualifier: 'more-than' },
      'More than 26 countries pledged',
      refs,
    );
    expect(result).toEqual({ status: 'agrees', figureId: 'b' });
  });

  it('is unknown against an empty dataset', () => {
    expect(
      classifyFigure({ unit: 'countries', value: 26, qualifier: 'exact' }, '26 countries', []),
    ).toEqual({
      status: 'unknown',
    });
  });
});
