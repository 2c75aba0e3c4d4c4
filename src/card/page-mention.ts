import { ATTR } from '../highlight/dom-contract';
import { piecesOfMention } from '../highlight/mention-pieces';
import type { FigureStatus, ItemKind } from '../matching/types';
import { MARK_SELECTOR } from '../style/mark-classes';

/** Selector of a highlight piece a card opens on. */
export const PIECE_SELECTOR = `${MARK_SELECTOR}[${ATTR.id}]`;

/** One highlighted mention as the page shows it, read through the DOM contract. */
export interface PageMention {
  id: string;
  kind: ItemKind;
  /** The mention's words on the page, its pieces joined. */
  text: string;
  /** For a figure: the value the page gives, and how it compares with the reports. */
  value?: number;
  status?: FigureStatus;
  /** The mention's first piece (its tab stop), where focus returns. */
  anchor: HTMLElement;
}

/** The highlight piece `target` is or lies in, if any. */
export function pieceAt(target: EventTarget | null): HTMLElement | undefined {
  // nodeType rather than instanceof: page and content script may see different Element classes.
  if ((target as Node | null)?.nodeType !== Node.ELEMENT_NODE) return undefined;
  return (target as Element).closest<HTMLElement>(PIECE_SELECTOR) ?? undefined;
}

/** The mention `piece` belongs to. */
export function readMention(piece: HTMLElement): PageMention {
  const pieces = piecesOfMention(piece);
  const value = piece.getAttribute(ATTR.value);
  const status = piece.getAttribute(ATTR.status) as FigureStatus | null;
  return {
    id: piece.getAttribute(ATTR.id) ?? '',
    kind: (piece.getAttribute(ATTR.kind) ?? 'term') as ItemKind,
    text: pieces.map((p) => p.textContent ?? '').join(''),
    value: value === null || value === '' ? undefined : Number(value),
    status: status ?? undefined,
    anchor: pieces.find((p) => p.tabIndex >= 0) ?? pieces[0]!,
  };
}

/** Whether two pieces belong to the same mention. */
export function sameMention(a: HTMLElement, b: HTMLElement): boolean {
  const mention = a.getAttribute(ATTR.mention);
  return a === b || (mention !== null && mention === b.getAttribute(ATTR.mention));
}
