import type { ItemCard } from '../dataset/item-card';
import type { Translate } from '../i18n';
import { once, type Undo } from '../highlight/undo';
import { createCardController } from './card-controller';
import { createCardLoader } from './card-loader';
import { listenForCards } from './card-events';

/**
 * What startCards talks to, given by its caller (the gate's services on a web page, the
 * extension page's own wire on the report page), and its timing.
 */
export interface CardOptions {
  /** Asks for an item's card (the background's `getItemCard`). */
  load: (id: string) => Promise<ItemCard | undefined>;
  /** Opens the full cross-reference of an item (the background's `openItemInPopup`). */
  openInPopup: (id: string) => void;
  t: Translate;
  /** Hover time before a card opens, ms (default 250). */
  openDelay?: number;
  /** Time the pointer has to move from a highlight into its card, ms (default 300). */
  closeGrace?: number;
}

/**
 * Shows a card by each highlight of `doc` (see dom-contract.ts) on hover and on focus: one
 * delegated listener set on the document, a shadow-root host created on the first show. Tab
 * from a highlight enters its card, Escape closes it and puts focus back on the highlight.
 * Stops, and removes the host, when `signal` aborts or the returned Undo runs.
 */
export function startCards(doc: Document, signal: AbortSignal, options: CardOptions): Undo {
  if (signal.aborted) return () => undefined;
  const controller = createCardController(
    doc,
    options.t,
    createCardLoader(options.load),
    options.openInPopup,
  );
  const listening = new AbortController();
  listenForCards(doc, controller, listening.signal, {
    openDelay: options.openDelay ?? 250,
    closeGrace: options.closeGrace ?? 300,
  });
  const stop = once(() => {
    listening.abort();
    controller.destroy();
    signal.removeEventListener('abort', stop);
  });
  signal.addEventListener('abort', stop);
  return stop;
}
