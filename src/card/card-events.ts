import { piecesOfMention } from '../highlight/mention-pieces';
import type { CardController, OpenCard } from './card-controller';
import { pieceAt, sameMention } from './page-mention';
import { nextTabbable } from './tab-order';

/** Hover timing, ms. */
export interface CardTiming {
  openDelay: number;
  closeGrace: number;
}

/**
 * Drives `cards` from one delegated listener set on `doc`, removed when `signal` aborts. Hover
 * opens after `openDelay` and leaving closes after `closeGrace` unless the pointer reaches the
 * card (or the highlight again); focus opens at once and leaving focus closes. Escape closes and,
 * when focus was with the card or its highlight, puts it back on the highlight (without reopening).
 * Tab on the highlight enters the card; Tab in the card goes on to what follows the highlight,
 * Shift+Tab back to it. Scrolling closes a pointer card; a focus card follows its highlight.
 * Events from inside the card's shadow root arrive retargeted to its host.
 */
export function listenForCards(
  doc: Document,
  cards: CardController,
  signal: AbortSignal,
  timing: CardTiming,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  // The mention focus was put back on by Escape: its focus must not reopen the card.
  let dismissed: HTMLElement | undefined;
  const cancelOpen = () => view.clearTimeout(openTimer);
  const cancelClose = () => view.clearTimeout(closeTimer);
  const ofCurrent = (target: EventTarget | null, current = cards.current): boolean => {
    const piece = pieceAt(target);
    return current !== undefined && piece !== undefined && sameMention(current.piece, piece);
  };
  const focusIsWith = (current: OpenCard): boolean =>
    cards.isCard(doc.activeElement) || ofCurrent(doc.activeElement, current);
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => doc.addEventListener(type, listener, { passive: true, signal, ...options });

  on('mouseover', ({ target }) => {
    const piece = pieceAt(target);
    if (cards.isCard(target) || ofCurrent(target)) cancelClose();
    if (!piece || ofCurrent(piece)) return;
    cancelOpen();
    openTimer = view.setTimeout(() => cards.show(piece), timing.openDelay);
  });
  on('mouseout', ({ target, relatedTarget }) => {
    if (!pieceAt(target) && !cards.isCard(target)) return;
    if (cards.isCard(relatedTarget) || ofCurrent(relatedTarget)) return;
    cancelOpen();
    const current = cards.current;
    if (!current || focusIsWith(current)) return;
    cancelClose();
    closeTimer = view.setTimeout(() => cards.hide(), timing.closeGrace);
  });
  on('focusin', ({ target }) => {
    const piece = pieceAt(target);
    if (cards.isCard(target)) cancelClose();
    if (!piece || (dismissed && sameMention(dismissed, piece))) return;
    cancelOpen();
    cancelClose();
    cards.show(piece);
  });
  on('focusout', ({ target, relatedTarget }) => {
    if (dismissed && pieceAt(target) && sameMention(dismissed, pieceAt(target)!)) {
      dismissed = undefined;
    }
    if (!ofCurrent(target) && !cards.isCard(target)) return;
    if (cards.isCard(relatedTarget) || ofCurrent(relatedTarget)) return;
    cards.hide();
  });
  on(
    'keydown',
    (event) => {
      const current = cards.current;
      if (!current) return;
      if (event.key === 'Escape') {
        const hadFocus = focusIsWith(current);
        cancelOpen();
        cards.hide();
        if (hadFocus) {
          dismissed = current.mention.anchor;
          current.mention.anchor.focus();
        }
      } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        if (cards.isCard(doc.activeElement)) {
          event.preventDefault();
          if (event.shiftKey) return current.mention.anchor.focus();
          cards.hide();
          const last = piecesOfMention(current.mention.anchor).at(-1)!;
          const next = nextTabbable(last);
          if (!next) dismissed = current.mention.anchor;
          (next ?? current.mention.anchor).focus();
        } else if (!event.shiftKey && ofCurrent(doc.activeElement, current)) {
          event.preventDefault();
          cards.focusCard();
        }
      }
    },
    { passive: false },
  );
  on(
    'scroll',
    () => {
      cancelOpen();
      const current = cards.current;
      if (current && focusIsWith(current)) cards.place();
      else cards.hide();
    },
    { capture: true },
  );
  view.addEventListener('resize', () => cards.place(), { passive: true, signal });
  signal.addEventListener('abort', () => {
    cancelOpen();
    cancelClose();
  });
}
