import { collectText } from '../dom/collect-text';

const TAG_NAME = /^[a-z][a-z0-9]*$/i;

/**
 * The elements matching `selector` in `body` and then in each open shadow root the page's
 * text was read in (collect-text.ts; each root holds only its own tree's elements, so none
 * comes twice); with `limit` 1, the first only. A page without shadow roots asks `body` alone,
 * as before: by tag name where the selector is one.
 */
export function inTrees(
  body: Element,
  shadowRoots: readonly ShadowRoot[],
  selector: string,
  limit = Infinity,
): Element[] {
  const found: Element[] = [];
  for (const root of [body, ...shadowRoots]) {
    if (limit === 1) {
      const first = root.querySelector(selector);
      if (first) return [first];
      continue;
    }
    const all =
      root === body && TAG_NAME.test(selector)
        ? body.getElementsByTagName(selector)
        : root.querySelectorAll(selector);
    for (const element of all) found.push(element);
  }
  return found;
}

/**
 * Visits the text nodes under `element` until `visit` returns true: as the reader sees them,
 * shadow roots and slots included, when `composed` (a page with shadow roots: collect-text.ts,
 * which also leaves out scripts and the like), else every text node of its own tree, read
 * only as far as needed.
 */
export function eachText(
  element: Element,
  composed: boolean,
  visit: (node: Text) => boolean | void,
): void {
  if (composed) {
    for (const node of collectText(element).nodes) if (visit(node) === true) return;
    return;
  }
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (visit(node as Text) === true) return;
  }
}
