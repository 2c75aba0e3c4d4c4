import type { Page } from 'puppeteer-core';
import type { PaintedPiece } from './mentions';

/**
 * Every piece the page paints (the ranges of `CSS.highlights`, the current mention's raised
 * highlight left out, as dom-probes.ts's shownPieces reads them), in the order the reader sees
 * them: a range in a shadow tree stands where its host does. shownPieces orders two nodes of
 * different trees by `compareDocumentPosition`, which calls them disconnected and orders them
 * as the browser likes; this orders by each start's path from the document, a shadow root's
 * content before its host's own children. `inArticle` looks through shadow roots to an
 * `<article>` or `<main>` holding the host.
 */
export function composedPieces(page: Page): Promise<PaintedPiece[]> {
  // No named inner functions here: tsx would wrap them in a `__name` helper that does not
  // exist in the page.
  return page.evaluate(() => {
    type Painted = Set<Range> & { priority: number };
    const registry = (CSS as unknown as { highlights: Map<string, Painted> }).highlights;
    const pieces: { path: number[]; text: string; inArticle: boolean }[] = [];
    for (const highlight of registry.values()) {
      if (highlight.priority > 0) continue;
      for (const range of highlight) {
        if (range.collapsed) continue;
        // The path from the document to the start: child indices, -1 entering a shadow root.
        const path = [range.startOffset];
        let inArticle = false;
        for (let node: Node | null = range.startContainer; node;) {
          const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
          if (element?.matches('article, main')) inArticle = true;
          const parent: Node | null = node.parentNode;
          if (parent) {
            path.unshift(Array.prototype.indexOf.call(parent.childNodes, node));
            node = parent;
          } else if ((node as ShadowRoot).host) {
            path.unshift(-1);
            node = (node as ShadowRoot).host;
          } else node = null;
        }
        pieces.push({ path, text: range.toString(), inArticle });
      }
    }
    pieces.sort((a, b) => {
      for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) {
        if (a.path[i] !== b.path[i]) return a.path[i]! - b.path[i]!;
      }
      return a.path.length - b.path.length;
    });
    return pieces.map(({ text, inArticle }) => ({ text, inArticle, inStory: false }));
  });
}

/** The shadow-DOM fixture's body as it is now and as its own scripts built it. */
export function fixtureDom(page: Page): Promise<{ now: string; built: string }> {
  return page.evaluate(() => {
    const fixture = (window as unknown as { fixture: { snapshot(): string; built: string } })
      .fixture;
    return { now: fixture.snapshot(), built: fixture.built };
  });
}
