import type { ItemKind } from '../matching/types';

/**
 * The DOM contract of a highlight, which tests, tools, styles and the popup rely on. Every
 * highlight is a `<mark class="summit-lens-mark summit-lens-<kind>">` with `data-summit-kind`
 * and `data-summit-id`; a figure also has `data-summit-value` and `data-summit-status`, and a
 * disputed one the class `summit-lens-disputed`. The pieces of one mention (a name split
 * across inline elements) share `data-summit-mention`, and only the first one is focusable.
 */
export const MARK_CLASS = 'summit-lens-mark';

/** Class of a disputed figure. */
export const DISPUTED_CLASS = 'summit-lens-disputed';

/** Class set for a moment on the pieces of a mention being emphasised. */
export const EMPHASIS_CLASS = 'summit-lens-emphasis';

/** Selector for every highlight piece. */
export const MARK_SELECTOR = `mark.${MARK_CLASS}`;

/** Attribute names of the contract. */
export const ATTR = {
  kind: 'data-summit-kind',
  id: 'data-summit-id',
  value: 'data-summit-value',
  status: 'data-summit-status',
  mention: 'data-summit-mention',
} as const;

/** The class naming a highlight's kind: `summit-lens-person`, `summit-lens-figure`… */
export function kindClass(kind: ItemKind): string {
  return `summit-lens-${kind}`;
}

/** Whether `node` is one of our highlight pieces. */
export function isHighlightElement(node: Node): node is HTMLElement {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    (node as Element).tagName === 'MARK' &&
    (node as Element).classList.contains(MARK_CLASS)
  );
}
