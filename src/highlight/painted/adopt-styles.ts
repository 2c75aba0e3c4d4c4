import { injectStyles } from '../inject-styles';
import { once, type Undo } from '../../dom/undo';

/**
 * Adds `css` to `doc` as a constructed style sheet in `document.adoptedStyleSheets`, which adds
 * no node to the page. Where a sheet cannot be adopted (an old browser), it falls back to a
 * `<style data-summit-ui>` in the head (inject-styles.ts). Returns the Undo that removes it.
 */
export function adoptStyles(doc: Document, css: string): Undo {
  let sheet: CSSStyleSheet;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    return injectStyles(doc, css);
  }
  return once(() => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((each) => each !== sheet);
  });
}
