import { dayNumber } from '../matching/day-number';
import type { FigureMatch, Match } from '../matching/types';
import type { PageDate } from './page-date';

/** What the dates of a page and its story say about which event it is about. */
export interface DateVerdict {
  /** The page's own date, when one was read. */
  dated?: PageDate;
  /**
   * Why the dates rule the page out: it was published before the summit; it was published
   * well after it and never names its date; or its story is about a later meeting (`later`,
   * the date it names most). Absent when the dates do not rule it out.
   */
  ruledOut?: 'before' | 'after' | 'later-meeting';
  /** For `later-meeting`: the later date the story names most, yyyymmdd. */
  later?: number;
  /** How often the story names the summit's date. */
  summitDateMentions: number;
}

/** Days after the summit within which a page is same-week coverage of it. */
const COVERAGE_DAYS = 10;

/** How far, in characters, a dateline's date may sit from the start of its block. */
const DATELINE_REACH = 48;

/**
 * The date a story's date figure names, yyyymmdd; a missing year is the one that puts the day
 * nearest `around` (the page's own date, else the summit's: "Sept. 4" in a January 2026
 * retrospective is 4 September 2025). Undefined for a month or year alone ("February 2022"
 * names no day, so no meeting).
 */
function dayNamed(value: number, around: number): number | undefined {
  if (value % 100 === 0) return undefined;
  if (value >= 10000) return value;
  const year = Math.floor(around / 10000);
  const distance = (candidate: number) => Math.abs(dayNumber(candidate) - dayNumber(around));
  const candidates = [year - 1, year, year + 1].map((y) => y * 10000 + value);
  return candidates.reduce((best, candidate) =>
    distance(candidate) < distance(best) ? candidate : best,
  );
}

/**
 * Judges a page by its dates against the summit's, `summitDate` (yyyymmdd, the matcher
 * data's event). `storyDates` are the date figures of its story, in any order; `dated` the
 * page's own date (metadata or dateline), if any.
 * - published before 4 September 2025: ruled out (`before`);
 * - a page with no date, or dated after its first ten days, whose story names a date later
 *   than those ten days more often than the summit's own, or as often and first (a story
 *   leads with its own event), is about that later meeting (`later-meeting`); a page of the
 *   summit's own days that names one is naming what comes next (a deadline, the next
 *   meeting), not its subject;
 * - published more than ten days after it: ruled out unless the story names the summit's date
 *   (`after`): a later story recounting the summit says when it was.
 * Dates only rule out: a page's vocabulary still has to make it a summit page.
 */
export function judgeDates(
  summitDate: number,
  storyDates: readonly FigureMatch[],
  dated?: PageDate,
): DateVerdict {
  const around = dated?.value ?? summitDate;
  const summitDay = dayNumber(summitDate);
  let summitDateMentions = 0;
  let summitFirst = Infinity;
  // Each later day: how often it is named, and where first (its place among the dates).
  const later = new Map<number, [number, number]>();
  const inOrder = [...storyDates].sort((a, b) => a.start - b.start);
  inOrder.forEach((figure, at) => {
    const day = dayNamed(figure.value, around);
    if (day === undefined) return;
    if (day === summitDate) {
      summitDateMentions += 1;
      summitFirst = Math.min(summitFirst, at);
    } else if (dayNumber(day) > summitDay + COVERAGE_DAYS) {
      const [times, first] = later.get(day) ?? [0, at];
      later.set(day, [times + 1, first]);
    }
  });
  const verdict: DateVerdict = { summitDateMentions, ...(dated ? { dated } : {}) };
  if (dated && dated.value < summitDate) return { ...verdict, ruledOut: 'before' };
  // The later day named most, the first named on a tie.
  const [mostLater, [times, first] = [0, Infinity]] = [...later].reduce<
    [number?, [number, number]?]
  >((best, entry) => (entry[1][0] > (best[1]?.[0] ?? 0) ? entry : best), []);
  const outweighs =
    times > summitDateMentions || (times === summitDateMentions && first < summitFirst);
  const ofTheSummitDays =
    dated !== undefined && dayNumber(dated.value) <= summitDay + COVERAGE_DAYS;
  if (mostLater !== undefined && outweighs && !ofTheSummitDays) {
    return { ...verdict, ruledOut: 'later-meeting', later: mostLater };
  }
  if (dated && dayNumber(dated.value) > summitDay + COVERAGE_DAYS && summitDateMentions === 0) {
    return { ...verdict, ruledOut: 'after' };
  }
  return verdict;
}

/**
 * The date of a story's dateline: a date figure within the first few words of a block that
 * opens with a place in capitals ("PARIS, Sept 4 (Reuters) -", "KYIV, Ukraine — 3 September").
 * A date with no year takes the summit's (`summitDate`). `text` is the page's collected text
 * (blocks separated by U+0000), `matches` its matches in order.
 */
export function datelineDate(
  summitDate: number,
  text: string,
  matches: readonly Match[],
): PageDate | undefined {
  for (const match of matches) {
    if (match.kind !== 'figure' || match.unit !== 'date') continue;
    const blockStart = text.lastIndexOf('\u0000', match.start) + 1;
    if (match.start - blockStart > DATELINE_REACH) continue;
    if (!/^\s*[A-ZÀ-Ý]{3,}[A-ZÀ-Ý/ .-]*[,—–-]/u.test(text.slice(blockStart, match.start))) continue;
    const value = dayNamed(match.value, summitDate);
    if (value !== undefined) return { value, source: 'dateline' };
  }
  return undefined;
}
