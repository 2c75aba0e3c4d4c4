import matcherData from 'virtual:summit-matcher';
import { collectText } from '../highlight/collect-text';
import { createScanner } from '../matching/scan';
import { onMessages, sendToExtension } from '../messaging';
import { judgeRelevance, UKRAINE_GATE } from './relevance';
import { summarizeMatches } from './summarize';
import type { PageSummary } from './summary';

/**
 * The content script's work on one document: decide whether the page is about the summit,
 * find what it mentions, answer the popup, and keep the badge in step. Stops listening when
 * `signal` aborts (the extension was reloaded or the script invalidated).
 */
export function startSummitLens(doc: Document, signal: AbortSignal): void {
  let summary: PageSummary = {
    url: doc.location?.href ?? '',
    title: doc.title,
    relevant: false,
    reasons: [],
    highlighted: false,
    items: [],
  };
  const body = doc.body;
  if (body && UKRAINE_GATE.test(doc.title + body.textContent)) {
    const matches = createScanner(matcherData).scan(collectText(body).text);
    const { relevant, reasons } = judgeRelevance(matches);
    summary = { ...summary, relevant, reasons, items: summarizeMatches(matches) };
  }
  onMessages({ getPageSummary: () => summary }, signal);
  // The background may be asleep or reloading; a lost badge update is harmless.
  sendToExtension('pageSummaryChanged', summary).catch(() => undefined);
}
