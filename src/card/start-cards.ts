import type { ItemCard } from '../dataset/item-card';
import type { Translate } from '../i18n';
import type { HighlightLook } from '../style/highlight-css';
import type { Renderer } from '../highlight/renderer';
import { once, type Undo } from '../dom/undo';
import { createCardController, type CardController } from './card-controller';
import { createCardLoader } from './card-loader';
import { listenForCards } from './card-events';

/** The background's side of the hover cards. */
export interface CardService {
  /** An item's card (undefined: no such item; the background's `getItemCard`). */
  load(id: string): Promise<ItemCard | undefined>;
  /** Shows an item's full cross-reference (the background's `openItemInPopup`). */
  openInPopup(id: string): void;
}

/**
 * What the cards take of their caller's services (the content script's services on a web
 * page, the extension page's own wire on the report page): the same object, not a copy.
 */
export interface CardServices {
  cards: CardService;
  t: Translate;
}

/** How one start of the cards looks and times itself. */
export interface CardOptions {
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
  services: CardServices,
  options: CardOptions = {},
): StartedCards {
  const controller = createCardController(
    doc,
    services.t,
    createCardLoader((id) => services.cards.load(id)),
    (id) => services.cards.openInPopup(id),
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
