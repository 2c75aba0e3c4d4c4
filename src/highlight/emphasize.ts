import { EMPHASIS_CLASS } from '../style/mark-classes';
import { piecesOfMention } from './mention-pieces';
import { once, type Undo } from '../dom/undo';

/** How to emphasise. */
export interface EmphasizeOptions {
  /** How long the emphasis class stays, in milliseconds. Default 1500. */
  duration?: number;
  /** Move keyboard focus to the mention's first piece (without scrolling again). Default true. */
  focus?: boolean;
}

let current: Undo | undefined;

/**
 * Draws the eye to the mention `piece` belongs to: scrolls it to the middle of the viewport
 * (smoothly unless the reader prefers reduced motion) and sets EMPHASIS_CLASS on all its pieces
 * for `duration` ms (the style sheet flashes it, or only outlines it under reduced motion).
 * One mention is emphasised at a time: a new call ends the previous emphasis. Returns the Undo
 * that ends it early.
 */
export function emphasize(piece: HTMLElement, options: EmphasizeOptions = {}): Undo {
  current?.();
  const pieces = piecesOfMention(piece);
  const head = pieces[0] ?? piece;
  const view = piece.ownerDocument.defaultView;
  const reduced = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  head.scrollIntoView?.({
    block: 'center',
    inline: 'nearest',
    behavior: reduced ? 'auto' : 'smooth',
  });
  if (options.focus ?? true) head.focus?.({ preventScroll: true });
  for (const each of pieces) each.classList.add(EMPHASIS_CLASS);
  const clear = (): void => {
    for (const each of pieces) each.classList.remove(EMPHASIS_CLASS);
  };
  const timer = setTimeout(clear, options.duration ?? 1500);
  const undo = once(() => {
    clearTimeout(timer);
    clear();
    if (current === undo) current = undefined;
  });
  current = undo;
  return undo;
}
