import type { Match } from '../matching/types';
import type { PageItem, PageSummary } from '../messaging/page-summary';
import type { PageReading } from '../reading/page-reading';

/**
 * Counts matches per item id, in order of first appearance. A figure item keeps the page's
 * wording, value and status of its first occurrence (later ones may differ; the popup shows
 * the first as the page's claim).
 */
export function summarizeMatches(matches: readonly Match[]): PageItem[] {
  const items = new Map<string, PageItem>();
  for (const match of matches) {
    const seen = items.get(match.id);
    if (seen) {
      seen.count += 1;
    } else if (match.kind === 'figure') {
      items.set(match.id, {
        id: match.id,
        kind: 'figure',
        count: 1,
        text: match.text,
        value: match.value,
        status: match.status,
        qualifier: match.qualifier,
      });
    } else {
      items.set(match.id, { id: match.id, kind: match.kind, count: 1 });
    }
  }
  return [...items.values()];
}

/**
 * The summary of `doc` as its session knows it: the reading of its last judgement (none: not
 * judged, or left alone), the matches found since, whether highlights are on. The one place a
 * summary is assembled; its address is read now, so it is the page's current one.
 */
export function pageSummary(
  doc: Document,
  reading?: Pick<PageReading, 'relevance' | 'language'>,
  matches: readonly Match[] = [],
  highlighted = false,
): PageSummary {
  return {
    url: doc.location?.href ?? '',
    title: doc.title,
    relevant: false,
    reasons: [],
    ...reading?.relevance,
    ...(reading?.language ? { language: reading.language } : {}),
    highlighted,
    items: summarizeMatches(matches),
  };
}
