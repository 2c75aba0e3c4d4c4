import { shadowRootOf } from '../dom/composed';

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button',
  'input',
  'select',
  'textarea',
  'iframe',
  'summary',
  '[tabindex]',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(', ');

/**
 * The first element after `from` in document order (outside it) that sequential keyboard
 * navigation would reach: focusable, tabindex not negative, not disabled, rendered. Positive
 * tabindex ordering is not modelled. From inside a shadow tree, what follows its outermost
 * host. Undefined when there is none.
 */
export function nextTabbable(inside: Node): HTMLElement | undefined {
  let from = inside;
  for (let root = shadowRootOf(from); root; root = shadowRootOf(from)) from = root.host;
  const candidates = (from.ownerDocument ?? (from as Document)).querySelectorAll<HTMLElement>(
    FOCUSABLE,
  );
  for (const element of candidates) {
    const after = from.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (!after || from.contains(element)) continue;
    if (element.tabIndex < 0 || (element as HTMLButtonElement).disabled) continue;
    if (element.getClientRects().length === 0) continue;
    return element;
  }
  return undefined;
}
