import { dayNumber } from '../matching/day-number';

/** A page's own date and where it was read. */
export interface PageDate {
  /** yyyymmdd. */
  value: number;
  source: 'published' | 'dateline';
}

/** Meta tags that carry a page's publication date, as `attribute=value` selectors. */
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
];

/** More than this many days between the page's dates and its metadata contradicts itself. */
const MAX_SPREAD_DAYS = 2;

/** Most JSON-LD read, in characters: a page's structured data, not its whole text. */
const MAX_JSON_LD = 200_000;

/**
 * The yyyymmdd of an ISO-like date as written ("2025-09-04T18:30:00+02:00" -> 20250904: the
 * publisher's own calendar day, no time-zone shift); undefined when it cannot be read.
 */
export function isoDay(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const parts = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (parts === null) return undefined;
  const [year, month, day] = [parts[1], parts[2], parts[3]].map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1990 || year > 2100) {
    return undefined;
  }
  return year * 10000 + month * 100 + day;
}

/** Every `datePublished` in a JSON-LD value (objects, arrays, `@graph`), depth-limited. */
function jsonLdDates(value: unknown, out: unknown[], depth = 0): void {
  if (depth > 6 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) jsonLdDates(item, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  if (record.datePublished !== undefined) out.push(record.datePublished);
  if (record['@graph'] !== undefined) jsonLdDates(record['@graph'], out, depth + 1);
}

/** The JSON-LD blocks' dates; a block that does not parse is skipped. */
function readJsonLd(doc: Document): unknown[] {
  const dates: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > MAX_JSON_LD) continue;
    try {
      jsonLdDates(JSON.parse(source), dates);
    } catch {
      // A malformed block is the page's own problem; its other dates still count.
    }
  }
  return dates;
}

/** The first `<time datetime>` of `story` (bylines sit at its top). */
function readTime(story: Element): unknown {
  return story.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
}

/**
 * The page's publication date, read from its metadata (`article:published_time` and the
 * like, JSON-LD `datePublished`), else the story's first `<time datetime>` (which may be an
 * entry's or an update's, so it never overrules the metadata); undefined when there is none,
 * none can be read, or the metadata contradicts itself (more than two days apart: then no
 * date is better than a wrong one). Never throws.
 */
export function readPublished(doc: Document, story: Element): PageDate | undefined {
  const read = (raw: readonly unknown[]) =>
    raw.map(isoDay).filter((day): day is number => day !== undefined);
  const metadata = read([
    ...META_SELECTORS.map((selector) => doc.querySelector(selector)?.getAttribute('content')),
    ...readJsonLd(doc),
  ]);
  const found = metadata.length > 0 ? metadata : read([readTime(story)]);
  const [first] = found;
  if (first === undefined) return undefined;
  const days = found.map(dayNumber);
  const spread = Math.max(...days) - Math.min(...days);
  return spread > MAX_SPREAD_DAYS ? undefined : { value: first, source: 'published' };
}
