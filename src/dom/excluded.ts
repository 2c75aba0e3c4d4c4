import { decideByAncestors } from './ancestors';

/**
 * Elements whose text Summit Lens never reads or touches: code and markup that is not prose,
 * form fields, editable regions, and the extension's own UI.
 */
export const EXCLUDED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'BUTTON',
]);

/** Attribute marking the extension's own UI (cards, hosts), which is never highlighted. */
export const OWN_UI_ATTRIBUTE = 'data-summit-ui';

/** Whether `element` itself excludes its subtree (by tag, editability or being our UI). */
export function isExcludedElement(element: Element): boolean {
  return (
    EXCLUDED_TAGS.has(element.tagName.toUpperCase()) ||
    element.hasAttribute(OWN_UI_ATTRIBUTE) ||
    (element as HTMLElement).isContentEditable === true ||
    element.getAttribute('contenteditable') === '' ||
    element.getAttribute('contenteditable') === 'true'
  );
}

/**
 * Whether `node` lies in a subtree that `excludes` (default isExcludedElement) rejects, the node
 * itself included when it is an element. Walks the ancestors; `cache` (one per pass) remembers
 * the answer for every element seen, so a pass over many nodes stays linear.
 */
export function isInExcludedRegion(
  node: Node,
  excludes: (element: Element) => boolean = isExcludedElement,
  cache: Map<Node, boolean> = new Map(),
): boolean {
  const settle = (at: Node) =>
    at.nodeType === Node.ELEMENT_NODE && excludes(at as Element) ? true : undefined;
  return decideByAncestors(node, settle, cache);
}
