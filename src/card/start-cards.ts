import type { ItemCard } from '../dataset/item-card';
import type { Translate } from '../i18n';
import type { HighlightLook } from '../style/highlight-css';
import type { Renderer } from '../highlight/renderer';
import { once, type Undo } from '../dom/undo';
import { createCardController, type CardController } from './card-controller';
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
  /** How the page's highlights look: the card's kind sample wears it (default: the palette). */
  look?: HighlightLook;
  /** Hover time before a card opens, ms (default 250). */
  openDelay?: number;
  /** Time the pointer has to move from a highlight into its card, ms (default 300). */
  closeGrace?: number;
}

/** The cards of a document, once started: the controller (next/previous opens cards through it). */
export interface StartedCards {
  controller: CardController;
  /** Stops listening and removes the card's host. */
  stop: Undo;
}

/**
 * Shows a card by each mention `renderer` draws on `doc` on hover and on focus: one delegated
 * listener set on the document (card-events.ts), a shadow-root host created on the first
 * show. Tab from a highlight enters its card, Escape closes it and puts focus back on the
 * highlight. Stops, and removes the host, when `signal` aborts or `stop` runs.
 */
export function startCards(
  doc: Document,
  renderer: Renderer,
  signal: AbortSignal,
  options: CardOptions,
): StartedCards {
  const controller = createCardController(
    doc,
    options.t,
    createCardLoader(options.load),
    options.openInPopup,
    options.look,
  );
  const listening = new AbortController();
  listenForCards(doc, renderer, controller, listening.signal, {
    openDelay: options.openDelay ?? 250,
    closeGrace: options.closeGrace ?? 300,
  });
  const stop = once(() => {
    listening.abort();
    controller.destroy();
    signal.removeEventListener('abort', stop);
  });
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop);
  return { controller, stop };
}
