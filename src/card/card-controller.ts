import { h, render } from 'preact';
import { listing, sameMention, type ShownMention } from '../highlight/renderer';
import { createCardHost, type CardHost } from './card-host';
import type { Translate } from '../i18n';
import type { HighlightLook } from '../style/highlight-css';
import type { CardLoader } from './card-loader';
import { ItemCardView } from './ItemCardView';
import { placeCard } from './place-card';
import type { PageMention } from './page-mention';

/** The open card: the mention it sits by, what it shows of it, and how it was opened. */
export interface OpenCard {
  mention: ShownMention;
  shown: PageMention;
  /** Opened by next/previous: it stays while the reader reads, and Tab enters it. */
  byKeyboard: boolean;
}

/** The one card of a document: shows it by a mention, hides it, keeps it placed. */
export interface CardController {
  readonly current: OpenCard | undefined;
  /** Shows the card of `mention` by it (no-op when it already shows that mention). */
  show(mention: ShownMention, options?: { byKeyboard?: boolean }): void;
  hide(): void;
  /** Places the card by its mention again (after a scroll or resize). */
  place(): void;
  /** Whether `target` is the card or in it (events leaving its shadow root name its host). */
  isCard(target: EventTarget | null): boolean;
  /** Moves focus to the card's button (or the card). */
  focusCard(): void;
  /** Says `text` to screen readers (a polite live region beside the card). */
  announce(text: string): void;
  /** Hides the card and removes its host from the page. */
  destroy(): void;
}

/**
 * The controller of `doc`'s card. The host is created on the first show, so a page whose
 * highlights are never hovered or focused is left untouched.
 */
export function createCardController(
  doc: Document,
  t: Translate,
  loader: CardLoader,
  openInPopup: (id: string) => void,
  look: HighlightLook = {},
): CardController {
  let host: CardHost | undefined;
  let current: OpenCard | undefined;
  const draw = (): void => {
    if (!host || !current) return;
    const { shown } = current;
    const data = loader.peek(shown.id);
    const onOpen = () => {
      openInPopup(shown.id);
      controller.hide();
    };
    render(h(ItemCardView, { t, mention: shown, data, onOpen }), host.mount);
    controller.place();
    if (data.status === 'loading') {
      void loader.get(shown.id).then(() => current?.shown === shown && draw());
    }
  };
  const controller: CardController = {
    get current() {
      return current;
    },
    show(mention, { byKeyboard = false } = {}) {
      if (current && sameMention(current.mention, mention)) {
        current.byKeyboard ||= byKeyboard;
        return;
      }
      host ??= createCardHost(doc, look);
      current = { mention, shown: listing(mention), byKeyboard };
      draw();
    },
    hide() {
      if (!current || !host) return;
      current = undefined;
      render(null, host.mount);
    },
    place() {
      const card = host?.mount.firstElementChild as HTMLElement | null | undefined;
      const view = doc.defaultView;
      if (!card || !current || !view) return;
      const anchor = current.mention.rects()[0];
      if (!anchor) return void (card.style.visibility = 'hidden');
      const viewport = {
        width: doc.documentElement.clientWidth || view.innerWidth,
        height: doc.documentElement.clientHeight || view.innerHeight,
      };
      // Measured at its natural height: a cap set for an earlier place no longer holds.
      card.style.maxHeight = '';
      const { left, top, maxHeight } = placeCard(anchor, card.getBoundingClientRect(), viewport);
      card.style.left = `${Math.round(left)}px`;
      card.style.top = `${Math.round(top)}px`;
      card.style.maxHeight = maxHeight === undefined ? '' : `${Math.floor(maxHeight)}px`;
      // A card whose highlight has scrolled out of view waits, hidden, for it to come back.
      const outOfView = anchor.top + anchor.height < 0 || anchor.top > viewport.height;
      card.style.visibility = outOfView ? 'hidden' : '';
    },
    isCard: (target) =>
      host !== undefined &&
      (target === host.host || (target as Node | null)?.getRootNode?.() === host.root),
    focusCard() {
      const card = host?.mount.firstElementChild as HTMLElement | null | undefined;
      (card?.querySelector<HTMLElement>('button') ?? card)?.focus();
    },
    announce(text) {
      host ??= createCardHost(doc, look);
      host.status.textContent = text;
    },
    destroy() {
      controller.hide();
      host?.remove();
      host = undefined;
    },
  };
  return controller;
}
