import type { FigureStatus, ItemKind, Qualifier } from '../../matching/types';
import { ATTR } from '../../dom/dom-contract';
import { piecesOfMention } from '../mention-pieces';
import type { ShownMention } from '../renderer';

/** The mention whose pieces `piece` is one of, read through the DOM contract (dom-contract.ts). */
export function wrappedMention(piece: HTMLElement): ShownMention {
  const pieces = () => piecesOfMention(piece);
  const value = piece.getAttribute(ATTR.value);
  const status = piece.getAttribute(ATTR.status) as FigureStatus | null;
  const qualifier = piece.getAttribute(ATTR.qualifier) as Qualifier | null;
  const all = pieces();
  return {
    id: piece.getAttribute(ATTR.id) ?? '',
    kind: (piece.getAttribute(ATTR.kind) ?? 'term') as ItemKind,
    ...(value === null || value === '' ? {} : { value: Number(value) }),
    ...(status === null ? {} : { status }),
    ...(qualifier === null ? {} : { qualifier }),
    number: Number(piece.getAttribute(ATTR.mention) ?? -1),
    text: () =>
      pieces()
        .map((p) => p.textContent ?? '')
        .join(''),
    rects: () => pieces().flatMap((p) => Array.from(p.getClientRects())),
    alive: () => piece.isConnected,
    range: () => {
      const now = pieces();
      const range = piece.ownerDocument.createRange();
      range.setStartBefore(now[0]!);
      range.setEndAfter(now[now.length - 1]!);
      return range;
    },
    focusTarget: all.find((p) => p.tabIndex >= 0) ?? all[0]!,
  };
}
