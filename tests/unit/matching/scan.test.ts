import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScanner } from '../../../src/matching/scan';
import type { FigureMatch, Match } from '../../../src/matching/types';
import { ENGLISH } from '../support/english';
import { SAMPLE_ACTORS, SAMPLE_FIGURES } from './sample-data';

const scanner = createScanner({
  actors: SAMPLE_ACTORS,
  figures: SAMPLE_FIGURES,
  languages: [ENGLISH],
});
const reports = readdirSync('assets/reports')
  .sort()
  .map((file) => readFileSync(`assets/reports/${file}`, 'utf8'));

function figuresOf(matches: Match[]): FigureMatch[] {
  return matches.filter((m): m is FigureMatch => m.kind === 'figure');
}

describe('createScanner', () => {
  it('is callable and has .scan', () => {
    expect(scanner('Macron')).toEqual(scanner.scan('Macron'));
  });

  it('merges actors and figures, sorted and non-overlapping', () => {
    const text = 'Macron said 26 countries pledged; 3,350 ERAM long-range missiles went to NATO.';
    expect(scanner.scan(text).map((m) => [m.id, m.text])).toEqual([
      ['macron', 'Macron'],
      ['countries-pledged', '26 countries'],
      ['missiles-delivered', '3,350 ERAM long-range missiles'],
      ['nato', 'NATO'],
    ]);
  });

  it.each([
    ['31 countries pledged troops.', 'disputed', 'countries-pledged'],
    ['The summit drew 40 leaders.', 'disputed', 'leaders-attending'],
    ['More than 26 countries have pledged.', 'agrees', 'countries-pledged'],
    ['The coalition has around 30 countries.', 'agrees', 'coalition-size'],
    ['Crude went to the two countries.', 'unknown', 'figure:countries:2'],
    ['It lies approximately 125 kilometers north.', 'unknown', 'figure:km:125'],
    ['It cost €1.1 billion.', 'unknown', 'figure:eur:1100000000'],
  ])('classifies figures in their sentence: %s', (text, status, id) => {
    const [figure] = figuresOf(scanner.scan(text));
    expect(figure?.status).toBe(status);
    expect(figure?.id).toBe(id);
    expect(figure?.figureId).toBe(status === 'unknown' ? undefined : id);
  });

  it('reads the context from the figure’s own sentence only', () => {
    const [figure] = figuresOf(scanner.scan('They pledged aid. Later 31 countries met.'));
    expect(figure?.status).toBe('unknown');
  });

  it('finds every figure form of report 004', () => {
    const found = figuresOf(scanner.scan(reports[4] ?? '')).map((f) => [
      f.text,
      f.unit,
      f.value,
      f.qualifier,
    ]);
    expect(found).toEqual([
      ['2025-09-04', 'date', 20250904, 'exact'],
      ['over two dozen countries', 'countries', 24, 'more-than'],
      ['Sep 2', 'date', 902, 'exact'],
      ['Almost three and a half years', 'years', 3.5, 'nearly'],
      ['February 2022', 'date', 20220200, 'exact'],
      ['Sep 4', 'date', 904, 'exact'],
      ['26 countries', 'countries', 26, 'exact'],
    ]);
  });

  it('gives offsets whose slice is the match text, in every report', () => {
    for (const text of reports) {
      const matches = scanner.scan(text);
      expect(matches.length).toBeGreaterThan(0);
      matches.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start).toBeGreaterThanOrEqual(matches[i - 1]?.end ?? 0);
      });
    }
  });

  it('finds written figures inserted anywhere, as the value they spell', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.constantFrom('countries', 'leaders', 'people'),
        (n, unit) => {
          const text = `Lorem ipsum ${n.toLocaleString('en-US')} ${unit} dolor.`;
          const [figure] = figuresOf(scanner.scan(text));
          expect(figure?.value).toBe(n);
          expect(figure?.start).toBe(12);
        },
      ),
    );
  });

  it('scans a megabyte of news text as it scans each of its parts', () => {
    // A megabyte of the reports over and over: each copy is matched exactly as the reports
    // alone are, at its own offset (no match lost, doubled or changed with the text's size).
    // How long it takes is the benchmark's business (tests/bench), not a unit test's.
    const once = reports.join('\n') + '\n';
    const copies = Math.ceil(1_000_000 / once.length);
    const alone = scanner.scan(once);
    const matches = scanner.scan(once.repeat(copies));
    expect(once.length * copies).toBeGreaterThanOrEqual(1_000_000);
    expect(alone.length).toBeGreaterThan(50);
    expect(matches).toEqual(
      Array.from({ length: copies }, (_, copy) =>
        alone.map((m) => ({
          ...m,
          start: m.start + copy * once.length,
          end: m.end + copy * once.length,
        })),
      ).flat(),
    );
  });
});
