import type { ItemKind } from '../matching/types';
import { DISPUTED_CLASS, kindClass, MARK_CLASS } from '../style/mark-classes';

/**
 * A kind's legend sample: "Aa" dressed as the page's highlights of that kind (its colour, tint
 * and line), or as a figure that differs, inside a document or shadow root that carries
 * `highlightCss` (the popup, a card, the page's legend). Decorative: the label beside it
 * names the kind.
 */
export function KindSwatch({ kind, differs = false }: { kind: ItemKind; differs?: boolean }) {
  const classes = [MARK_CLASS, kindClass(kind), differs ? DISPUTED_CLASS : '', 'kind-swatch'];
  return (
    <mark class={classes.filter(Boolean).join(' ')} aria-hidden="true">
      Aa
    </mark>
  );
}
