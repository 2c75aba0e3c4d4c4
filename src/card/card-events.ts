import { sameMention, type Renderer, type ShownMention } from '../highlight/renderer';
import type { CardController, OpenCard } from './card-controller';
import { nextTabbable } from './tab-order';

/** Hover timing, ms. */
export interface CardTiming {
  openDelay: number;
  closeGrace: number;
}

/** Where the pointer is: over the card, over a mention, or over neither. */
type Over = 'card' | ShownMention | undefined;

/**
 * Drives `cards` from one delegated listener set on `doc`, removed when `signal` aborts; the
 * mentions come from `renderer`, which finds the one under the pointer (a painted highlight is
 * no element, so the pointer is hit-tested against its boxes on every move) and the one a
 * focus event is about (wrapped highlights take focus). Hover opens after `openDelay` and
 * leaving closes after `closeGrace` unless the pointer reaches the card (or the mention
 * again); focus opens at once and leaving focus closes. A card opened by next/previous stays
 * until Escape or the next move, and Tab enters it. Escape closes and, when focus was with the
 * card or its highlight, puts it back on the highlight (without reopening) or where it was.
 * Tab, Enter or ↓ on a focused highlight enters the card, as do Enter and ↓ while a card that
 * next/previous opened is showing; Tab in the card goes on to what follows the mention,
 * Shift+Tab back. Scrolling closes a pointer card; a focus or keyboard card follows
 * its mention. Events from inside the card's shadow root arrive retargeted to its host.
 */
export function listenForCards(
  doc: Document,
  renderer: Renderer,
  cards: CardController,
  signal: AbortSignal,
  timing: CardTiming,
): void {
  const view = doc.defaultView;
  if (!view) return;
  let openTimer: number | undefined;
  let closeTimer: number | undefined;
  let over: Over;
  // The mention focus was put back on by Escape: its focus must not reopen the card.
  let dismissed: ShownMention | undefined;
  // Where focus was before it entered a card that its mention could not give it to.
  let cameFrom: HTMLElement | undefined;
  const cancelOpen = () => view.clearTimeout(openTimer);
  const cancelClose = () => view.clearTimeout(closeTimer);
  const isCurrent = (mention: ShownMention | undefined, current = cards.current): boolean =>
    current !== undefined && sameMention(current.mention, mention);
  const focusIsWith = (current: OpenCard): boolean =>
    cards.isCard(doc.activeElement) || isCurrent(renderer.mentionOf(doc.activeElement), current);
  const stays = (current: OpenCard): boolean => current.byKeyboard || focusIsWith(current);
  const on = <K extends keyof DocumentEventMap>(
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
    options: AddEventListenerOptions = {},
  ) => doc.addEventListener(type, listener, { passive: true, signal, ...options });
  const pointerAt = (where: Over): void => {
    if (where === over || (where !== 'card' && over !== 'card' && sameMention(where, over))) {
      return;
    }
    over = where;
    cancelOpen();
    if (where === 'card' || isCurrent(where)) {
      cancelClose();
      return;
    }
    if (where) {
      openTimer = view.setTimeout(() => cards.show(where), timing.openDelay);
      return;
    }
    const current = cards.current;
    if (!current || stays(current)) return;
    cancelClose();
    closeTimer = view.setTimeout(() => cards.hide(), timing.closeGrace);
  };
  const close = (): void => {
    cancelOpen();
    cards.hide();
    renderer.setCurrent(undefined);
  };

  on('mousemove', (event) => {
    if (cards.isCard(event.target)) return pointerAt('card');
    pointerAt(renderer.mentionAt(event.target, event.clientX, event.clientY));
  });
  on('mousedown', ({ target }) => {
    if (cards.current?.byKeyboard && !cards.isCard(target)) close();
  });
  on('mouseout', ({ relatedTarget }) => {
    if (relatedTarget === null) pointerAt(undefined); // the pointer left the window
  });
  on('focusin', ({ target }) => {
    const mention = renderer.mentionOf(target);
    if (cards.isCard(target)) cancelClose();
    if (!mention || sameMention(dismissed, mention)) return;
    cancelOpen();
    cancelClose();
    cards.show(mention);
  });
  on('focusout', ({ target, relatedTarget }) => {
    const mention = renderer.mentionOf(target);
    if (sameMention(dismissed, mention)) dismissed = undefined;
    const current = cards.current;
    if (!current || current.byKeyboard) return;
    if (!isCurrent(mention) && !cards.isCard(target)) return;
    if (cards.isCard(relatedTarget) || isCurrent(renderer.mentionOf(relatedTarget))) return;
    cards.hide();
  });
  on(
    'keydown',
    (event) => {
      const current = cards.current;
      if (!current) return;
      const { focusTarget } = current.mention;
      if (event.key === 'Escape') {
        const hadFocus = focusIsWith(current);
        close();
        if (!hadFocus) return;
        if (focusTarget?.isConnected) {
          dismissed = current.mention;
          focusTarget.focus();
        } else cameFrom?.focus();
      } else if (entersCard(event) && !cards.isCard(doc.activeElement)) {
        // Enter or ↓ takes the reader into a card next/previous opened, or the card of the
        // highlight they are on; never from a control or a field, whose keys are its own.
        const onMention = isCurrent(renderer.mentionOf(doc.activeElement), current);
        const unclaimed = doc.activeElement === doc.body || doc.activeElement === null;
        if (!onMention && !(current.byKeyboard && unclaimed)) return;
        event.preventDefault();
        cameFrom = onMention ? (doc.activeElement as HTMLElement) : undefined;
        cards.focusCard();
      } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        if (cards.isCard(doc.activeElement)) {
          event.preventDefault();
          if (event.shiftKey) {
            if (focusTarget?.isConnected) return focusTarget.focus();
            close();
            return cameFrom?.focus();
          }
          close();
          const next = nextTabbable(current.mention.range().endContainer);
          if (!next && focusTarget) dismissed = current.mention;
          (next ?? focusTarget ?? cameFrom)?.focus();
        } else if (
          !event.shiftKey &&
          (current.byKeyboard || isCurrent(renderer.mentionOf(doc.activeElement), current))
        ) {
          event.preventDefault();
          const from = doc.activeElement as HTMLElement | null;
          cameFrom = from && from !== doc.body ? from : undefined;
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
      if (current && stays(current)) cards.place();
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

/** Enter or ↓ with no modifier: the keys that enter an open card. */
function entersCard(event: KeyboardEvent): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  return event.key === 'Enter' || event.key === 'ArrowDown';
}
