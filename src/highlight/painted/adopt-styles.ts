import { injectStyles } from '../inject-styles';
import { once, type Undo } from '../../dom/undo';

/** A style sheet of ours adopted by a document, and by shadow roots of it on request. */
export interface AdoptedStyles {
  /** Adopts the same sheet into `root` too (once; nothing where no sheet could be made). */
  into(root: ShadowRoot): void;
  /** Takes the sheet out of the document and of every shadow root it went into. */
  remove: Undo;
}

/**
 * Adds `css` to `doc` as a constructed style sheet in `document.adoptedStyleSheets`, which adds
 * no node to the page; `into` adopts the very same sheet into a shadow root (rules do not
 * cross into a shadow tree, so `::highlight()` rules must be there too). The page's own
 * adopted sheets stay as they are, before ours. Where a sheet cannot be adopted (an old
 * browser), it falls back to a `<style data-summit-ui>` in the head (inject-styles.ts), and
 * shadow roots get nothing.
 */
export function adoptStyles(doc: Document, css: string): AdoptedStyles {
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return { into: () => undefined, remove: injectStyles(doc, css) };
  }
  const roots = new Set<ShadowRoot>();
  return {
    into(root) {
      if (roots.has(root)) return;
      roots.add(root);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    },
    remove: once(() => {
      for (const target of [doc, ...roots]) {
        target.adoptedStyleSheets = target.adoptedStyleSheets.filter((each) => each !== sheet);
      }
      roots.clear();
    }),
  };
}
