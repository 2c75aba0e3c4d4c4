import matcherData from 'virtual:summit-matcher';
import { describe, expect, it } from 'vitest';
import type { PageDate } from '@/src/reading/page-date';
import { datelineDate, judgeDates } from '@/src/reading/event-dates';
import type { FigureMatch } from '@/src/matching/types';

const date = (value: number, start = 0): FigureMatch => ({
  kind: 'figure',
  start,
  end: start + 5,
  text: String(value),
  value,
  unit: 'date',
  qualifier: 'exact',
  id: `figure:date:${value}`,
  status: 'unknown',
});
const published = (value: number): PageDate => ({ value, source: 'published' });
// The summit's date, as the matcher data gives it (curated/event.json).
const SUMMIT = matcherData.event.date;

describe('judgeDates', () => {
  it.each<[string, number[], PageDate | undefined, string | undefined]>([
    ['same-day coverage', [904], published(20250904), undefined],
    ['the next day', [], published(20250905), undefined],
    ['a preview', [904], published(20250902), 'before'],
    ['a later story that never dates the summit', [], published(20251020), 'after'],
    ['a later story that dates the summit', [20250904, 818], published(20251020), undefined],
    ['a later meeting, undated page', [20260106, 20250904], undefined, 'later-meeting'],
    ['a later meeting named most', [20260106, 106, 904], published(20260106), 'later-meeting'],
    ['the summit named most', [904, 904, 20251023], published(20250910), undefined],
    ['a month alone says nothing', [20260100], undefined, undefined],
    ['an earlier meeting is not a later one', [818, 815], published(20250905), undefined],
    ['a summit-week page naming a later deadline', [20251015], published(20250904), undefined],
    ['a summit-week page naming the next meeting', [106, 106], published(20250905), undefined],
    ['a retrospective dating the summit without a year', [904], published(20260110), undefined],
  ])('%s', (_, dates, dated, ruledOut) => {
    expect(
      judgeDates(
        SUMMIT,
        dates.map((v) => date(v)),
        dated,
      ).ruledOut,
    ).toBe(ruledOut);
  });

  it('counts the summit date, a missing year taken from the page', () => {
    const verdict = judgeDates(
      SUMMIT,
      [date(904), date(20250904), date(20240904)],
      published(20250905),
    );
    expect(verdict.summitDateMentions).toBe(2);
    expect(verdict.dated).toEqual(published(20250905));
  });

  it('reads a date without a year in the year nearest the page', () => {
    expect(judgeDates(SUMMIT, [date(904)], published(20260110)).summitDateMentions).toBe(1);
    expect(judgeDates(SUMMIT, [date(106)], published(20251220)).later).toBe(20260106);
  });

  it('names the later date it ruled the page out by', () => {
    expect(judgeDates(SUMMIT, [date(20260106)]).later).toBe(20260106);
  });

  it('judges by the date it is given: the data’s, 4 September 2025', () => {
    expect(SUMMIT).toBe(20250904);
    expect(judgeDates(SUMMIT, [], published(20250902)).ruledOut).toBe('before');
    expect(judgeDates(20250901, [], published(20250902)).ruledOut).toBeUndefined();
    expect(judgeDates(20250901, [date(901)], published(20251020)).summitDateMentions).toBe(1);
  });
});

describe('datelineDate', () => {
  it.each<[string, string, number, number | undefined]>([
    ['a wire dateline', 'PARIS, Sept. 3 (Wire) - Leaders', 7, 20250903],
    ['after the headline block', 'Headline\u0000KYIV, Ukraine — 5 September 2025 —', 23, 20250905],
    ['a date in prose', 'Leaders met in Paris on Sept. 4 to talk.', 24, undefined],
    ['far into the block', `PARIS, ${'word '.repeat(20)}Sept. 4`, 107, undefined],
  ])('%s', (_, text, start, expected) => {
    const value = expected === undefined ? 904 : expected % 10000 === 903 ? 903 : 20250905;
    expect(datelineDate(SUMMIT, text, [date(value, start)])?.value).toBe(expected);
  });
});
