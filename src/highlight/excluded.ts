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
