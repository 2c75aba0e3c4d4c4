import type { ItemKind } from '../matching/types';

/**
 * The class names of a highlight, the part of its DOM contract (`../dom/dom-contract`)
 * that style sheets and samples rely on: every piece is a
 * `<mark class="summit-lens-mark summit-lens-<kind>">`, a disputed figure also has
 * `summit-lens-disputed`, and a mention being emphasised `summit-lens-emphasis` for a moment.
 */
export const MARK_CLASS = 'summit-lens-mark';

/** Class of a disputed figure. */
export const DISPUTED_CLASS = 'summit-lens-disputed';

/** Class set for a moment on the pieces of a mention being emphasised. */
export const EMPHASIS_CLASS = 'summit-lens-emphasis';

/** Selector for every highlight piece. */
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

/** The class naming a highlight's kind: `summit-lens-person`, `summit-lens-figure`… */
export function kindClass(kind: ItemKind): string {
  return `summit-lens-${kind}`;
}
