import { MARK_CLASS } from '../style/mark-classes';

/**
 * The DOM contract of a highlight, which tests, tools, styles and the popup rely on. Every
 * highlight is a `<mark class="summit-lens-mark summit-lens-<kind>">` with `data-summit-kind`
 * and `data-summit-id`; a figure also has `data-summit-value`, `data-summit-status` and
 * `data-summit-qualifier` (`exact`, `more-than`…), and a
 * disputed one the class `summit-lens-disputed`. The pieces of one mention (a name split
 * across inline elements) share `data-summit-mention`, and only the first one is focusable.
 * The class names live in `../style/mark-classes` (style sheets and the options' samples
 * use them too); the attributes and the test for a piece live here.
 */
export const ATTR = {
  kind: 'data-summit-kind',
  id: 'data-summit-id',
  value: 'data-summit-value',
  status: 'data-summit-status',
  qualifier: 'data-summit-qualifier',
  mention: 'data-summit-mention',
} as const;

/** Whether `node` is one of our highlight pieces. */
export function isHighlightElement(node: Node): node is HTMLElement {
  return (
    node.nodeType === Node.ELEMENT_NODE &&
    (node as Element).tagName === 'MARK' &&
    (node as Element).classList.contains(MARK_CLASS)
  );
}
