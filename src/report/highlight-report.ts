import type { MatcherData } from '../matching/matcher-data';
import { collectText } from '../dom/collect-text';
import { once, type Undo } from '../dom/undo';
import { createWrappedRenderer } from '../highlight/wrapped/wrapped-renderer';
import { HIGHLIGHT_CSS } from '../style/highlight-css';
import { startCards, type CardServices } from '../card/start-cards';
import { createPageScanner } from '../reading/page-scanner';

/**
 * Highlights the static text under `root` as a news page is highlighted (same scanner, style
 * and hover cards), wrapped in marks by mark.js (the text is the extension's own), once: for the extension's own pages, such as a report's, whose
 * text does not change. Everything is undone when `signal` aborts or the returned Undo runs.
 */
export function highlightDocument(
  root: HTMLElement,
  data: MatcherData,
  signal: AbortSignal,
  services: CardServices,
): Undo {
  if (signal.aborted) return () => undefined;
  const doc = root.ownerDocument;
  const collected = collectText(root);
  const renderer = createWrappedRenderer(doc);
  const matches = createPageScanner(data, { shownOnly: true }).scan(collected.text);
  const undos = [
    renderer.style(HIGHLIGHT_CSS),
    renderer.show(collected, matches),
    startCards(doc, renderer, signal, services).stop,
  ];
  const undo = once(() => {
    signal.removeEventListener('abort', undo);
    for (const each of undos.reverse()) each();
  });
  signal.addEventListener('abort', undo);
  return undo;
}
