import matcherData from 'virtual:summit-matcher';
import { collectText } from '../highlight/collect-text';
import { createScanner } from '../matching/scan';
import type { Match } from '../matching/types';
import { onMessages, sendToExtension } from '../messaging';
import { createLens } from './lens';
import { judgeRelevance, UKRAINE_GATE } from './relevance';
import { summarizeMatches } from './summarize';
import type { PageSummary } from './summary';

/**
 * The content script's work on one document: gate it cheaply, decide from its text whether
 * it is about the summit, highlight it if so (and its later additions), answer the popup,
 * and keep the badge in step. Everything is undone when `signal` aborts.
 */
export function startSummitLens(doc: Document, signal: AbortSignal): void {
  const body = doc.body;
  if (!body) return;
  let scanner: ReturnType<typeof createScanner> | undefined;
  const scan = (text: string) => (scanner ??= createScanner(matcherData)).scan(text);
  let matches: Match[] = [];
  let summary: PageSummary = {
    url: doc.location?.href ?? '',
    title: doc.title,
    relevant: false,
    reasons: [],
    highlighted: false,
    items: [],
  };
  const publish = () => {
    summary = { ...summary, highlighted: lens.isOn, items: summarizeMatches(matches) };
    // The background may be asleep or reloading; a lost badge update is harmless.
    sendToExtension('pageSummaryChanged', summary).catch(() => undefined);
  };
  const lens = createLens(body, scan, (found, fresh) => {
    matches = fresh ? [...found] : matches.concat(found);
    publish();
  });

  // Pages that never name Ukraine cost one native regex test and no DOM walk.
  if (UKRAINE_GATE.test(doc.title + ' ' + body.textContent)) {
    const collected = collectText(body);
    const found = scan(collected.text);
    summary = { ...summary, ...judgeRelevance(found) };
    if (summary.relevant) lens.on({ collected, matches: found });
    else matches = found;
  }
  publish();

  onMessages(
    {
      getPageSummary: () => summary,
      setHighlighting: ({ on }) => {
        if (on) lens.on();
        else lens.off();
        publish();
        return summary;
      },
    },
    signal,
  );
  signal.addEventListener('abort', () => lens.off());
}
