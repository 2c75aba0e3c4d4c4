import type { CardController } from '../card/card-controller';
import { compareStarts } from '../dom/composed';
import {
  listing,
  sameMention,
  type MentionListing,
  type Renderer,
  type ShownMention,
} from '../highlight/renderer';
import type { Translate } from '../i18n';

/** Which way the next/previous-highlight commands walk. */
export type Direction = 'next' | 'previous';

/** Next/previous, "show on page" and the listing of highlights, over one renderer. */
export interface MentionNavigator {
  /**
   * Makes the next (or previous) mention in document order current, wrapping at the ends:
   * from the current one, else from the focused element, else from the page's start (or
   * end). It is scrolled into view and its card opened (Tab enters it), and its position is
   * said to screen readers. False when the page shows no mention.
   */
  move(direction: Direction): boolean;
  /**
   * Makes the next mention of item `id` current, after the one it revealed last, wrapping at
   * the page's end; no card opens and keyboard focus stays where it is (the popup asks, and
   * its reader is still there). False when no mention of `id` is shown.
   */
  reveal(id: string): boolean;
  /** Every mention shown, in document order. */
  list(): MentionListing[];
}

/**
 * The navigator of `doc`'s mentions as `renderer` shows them; `cards` (when the hover cards
 * are on) opens the current mention's card, `t` words what is announced.
 */
export function createNavigator(
  doc: Document,
  renderer: Renderer,
  cards: CardController | undefined,
  t: Translate | undefined,
): MentionNavigator {
  let last: ShownMention | undefined;
  const indexAfter = (mentions: ShownMention[], node: Node): number => {
    const range = doc.createRange();
    range.selectNode(node);
    const index = mentions.findIndex((mention) => compareStarts(mention.range(), range) >= 0);
    return index < 0 ? mentions.length : index;
  };
  const step = (mentions: ShownMention[], direction: Direction): number => {
    const by = direction === 'next' ? 1 : -1;
    const own = last ? mentions.findIndex((mention) => sameMention(mention, last)) : -1;
    if (own >= 0) return (own + by + mentions.length) % mentions.length;
    const focused = doc.activeElement;
    const mentionFocused = renderer.mentionOf(focused);
    if (mentionFocused) {
      const index = mentions.findIndex((mention) => sameMention(mention, mentionFocused));
      if (index >= 0) return (index + by + mentions.length) % mentions.length;
    }
    if (focused && focused !== doc.body && focused !== doc.documentElement) {
      const after = indexAfter(mentions, focused);
      return ((direction === 'next' ? after : after - 1) + mentions.length) % mentions.length;
    }
    return direction === 'next' ? 0 : mentions.length - 1;
  };
  return {
    move(direction) {
      const mentions = renderer.mentions();
      if (mentions.length === 0) return false;
      const index = step(mentions, direction);
      const target = mentions[index]!;
      last = target;
      renderer.setCurrent(target, { focus: true });
      if (!target.focusTarget) cards?.show(target, { byKeyboard: true });
      const said = listing(target);
      cards?.announce(
        t?.('highlightPosition', [String(index + 1), String(mentions.length), said.text]) ??
          `${index + 1} / ${mentions.length}: ${said.text}`,
      );
      return true;
    },
    reveal(id) {
      const mentions = renderer.mentions().filter((mention) => mention.id === id);
      if (mentions.length === 0) return false;
      const own = last ? mentions.findIndex((mention) => sameMention(mention, last)) : -1;
      let index = own >= 0 ? (own + 1) % mentions.length : 0;
      if (own < 0 && last?.alive()) {
        const from = last.range();
        const after = mentions.findIndex((mention) => compareStarts(mention.range(), from) > 0);
        index = after < 0 ? 0 : after;
      }
      last = mentions[index]!;
      renderer.setCurrent(last, { focus: false });
      return true;
    },
    list: () => renderer.mentions().map(listing),
  };
}
