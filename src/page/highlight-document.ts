import type { MatcherData } from '../matching/types';
import { collectText } from '../highlight/collect-text';
import { highlightMatches } from '../highlight/highlight';
import { injectStyles } from '../highlight/inject-styles';
import { once, type Undo } from '../highlight/undo';
import { startCards, type CardOptions } from '../card/start-cards';
import { createPageScanner } from './page-scanner';

/**
 * Highlights the static text under `root` as a news page is highlighted (same scanner, marks,
 * style sheet and hover cards), once: for the extension's own pages, such as a report's, whose
 * text does not change. Everything is undone when `signal` aborts or the returned Undo runs.
 */
export function highlightDocument(
  root: HTMLElement,
  data: MatcherData,
  signal: AbortSignal,
  cards: CardOptions,
): Undo {
  if (signal.aborted) return () => undefined;
  const doc = root.ownerDocument;
  const collected = collectText(root);
  const undos = [
    injectStyles(doc),
    highlightMatches(collected, createPageScanner(data, { shownOnly: true }).scan(collected.text)),
    startCards(doc, signal, cards),
  ];
  const undo = once(() => {
    signal.removeEventListener('abort', undo);
    for (const each of undos.reverse()) each();
  });
  signal.addEventListener('abort', undo);
  return undo;
}
