import { describe, expect, it } from 'vitest';
import { findFigures, normalize, toFigureMatch } from '../../../src/matching';
import type { FigureRef, FigureStatus } from '../../../src/matching/types';
import { ENGLISH_FIGURES, ENGLISH_READING } from '../support/english';
import { SAMPLE_FIGURES } from './sample-data';

/** The verdict on the figure whose text starts with `figure` in `sentence`. */
function verdict(sentence: string, figure: string, refs: readonly FigureRef[] = SAMPLE_FIGURES) {
  const found = findFigures(normalize(sentence), ENGLISH_READING);
  const target = found.find((f) => f.text.startsWith(figure));
  if (target === undefined) throw new Error(`no figure "${figure}" in: ${sentence}`);
  const { status, figureId } = toFigureMatch(target, sentence, refs, found, true, ENGLISH_FIGURES);
  return figureId === undefined ? status : `${status} ${figureId}`;
}

describe('classifyFigure: a number is a figure by what it counts', () => {
  it.each<[string, string, string, FigureStatus | string]>([
    ['equal value', '26 countries pledged troops.', '26', 'agrees countries-pledged'],
    ['more than', 'More than 26 countries have pledged.', 'More', 'agrees countries-pledged'],
    ['over two dozen', 'Over two dozen countries pledged.', 'Over', 'agrees countries-pledged'],
    ['cue by prefix and case', '31 nations have COMMITTED.', '31', 'disputed countries-pledged'],
    [
      'another value, same quantity',
      '31 countries pledged troops.',
      '31',
      'disputed countries-pledged',
    ],
    [
      'the other figure of the unit',
      'A coalition of 40 countries.',
      '40',
      'disputed coalition-size',
    ],
    ['no cue: no verdict', '30 countries sent envoys.', '30', 'unknown'],
    ['a noun it does not count', '26 states pledged.', '26', 'unknown'],
    ['a modifier may make it a part', 'Six European leaders attended.', 'Six', 'unknown'],
    [
      'but a modifier does not stop agreeing',
      'Twenty-six mostly European countries pledged troops.',
      'Twenty-six',
      'agrees countries-pledged',
    ],
    ['an exclude bound to it', 'Six leaders attended in person.', 'Six', 'unknown'],
    [
      'an exclude bound to another number',
      'Of 35 leaders who attended, six came in person.',
      '35',
      'agrees leaders-attending',
    ],
    [
      'the cue binds to the nearer bare number',
      'At a summit of 35 countries, 26 pledged troops.',
      '35',
      'unknown',
    ],
    [
      'a cue beyond a comma disputes nothing',
      'Some 31 countries, the minister said, pledged troops.',
      'Some',
      'unknown',
    ],
    [
      'but agrees through one',
      '26 countries, the minister said, pledged troops.',
      '26',
      'agrees countries-pledged',
    ],
    ['an exclude word', 'Four countries ruled out sending troops.', 'Four', 'unknown'],
    [
      'a part counted against a whole is the part',
      'Macron said 26 of the 35 countries had pledged.',
      '26 of the 35',
      'agrees countries-pledged',
    ],
    ['a date that agrees, no year', 'On Sep 4, the summit opened.', 'Sep 4', 'agrees summit-date'],
    ['another date is never disputed', 'The summit on Sep 3 opened.', 'Sep 3', 'unknown'],
    ['a date with no cue', 'On Sep 2, Putin spoke.', 'Sep 2', 'unknown'],
    [
      'allowed modifiers',
      'The delivery of 3,350 ERAM long-range missiles.',
      '3,350',
      'agrees missiles-delivered',
    ],
    ['a unit with no figure', 'It lies approximately 125 kilometers north.', 'approx', 'unknown'],
    ['money with no figure', 'It cost €1.1 billion.', '€1.1', 'unknown'],
  ])('%s', (_, sentence, figure, expected) => {
    expect(verdict(sentence, figure)).toBe(expected);
  });

  it('reads the cues in the figure’s own sentence only', () => {
    expect(verdict('Leaders pledged support. Then 30 countries sent envoys.', '30')).toBe(
      'unknown',
    );
  });

  it('prefers the fitting figure with most cues bound', () => {
    const refs: FigureRef[] = [
      { id: 'a', unit: 'countries', value: 26, cues: [['coalition']] },
      { id: 'b', unit: 'countries', value: 26, cues: [['pledged', 'troops']] },
    ];
    expect(verdict('26 countries pledged troops to the coalition.', '26', refs)).toBe('agrees b');
  });

  it('never says a page differs from a figure one report gives only approximately', () => {
    const approximate = SAMPLE_FIGURES.map((ref) =>
      ref.id === 'coalition-size' ? { ...ref, approximate: true } : ref,
    );
    expect(verdict('A coalition of 40 countries.', '40', approximate)).toBe('unknown');
    expect(verdict('A coalition of 30 countries.', '30', approximate)).toBe(
      'agrees coalition-size',
    );
  });

  it('is unknown against an empty dataset', () => {
    expect(verdict('26 countries pledged.', '26', [])).toBe('unknown');
  });
});
