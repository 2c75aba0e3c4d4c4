import type { ItemKind } from '../matching/types';
import { kindClass, MARK_CLASS } from '../style/mark-classes';

/**
 * A kind's legend sample: "Aa" dressed as the page's highlights of that kind (its colour, tint
 * and line), for a page of the extension that carries `highlightCss`. Decorative: the heading
 * beside it names the kind.
 */
export function KindSwatch({ kind }: { kind: ItemKind }) {
  return (
    <mark class={`${MARK_CLASS} ${kindClass(kind)} kind-swatch`} aria-hidden="true">
      Aa
    </mark>
  );
}
