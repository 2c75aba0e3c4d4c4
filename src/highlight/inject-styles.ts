import { OWN_UI_ATTRIBUTE } from '../dom/excluded';
import { withOwnMutations } from '../dom/own-mutations';
import { HIGHLIGHT_CSS } from '../style/highlight-css';
import { once, type Undo } from '../dom/undo';

/**
 * Adds the highlight style sheet (`../style/highlight-css`) to `doc` as a
 * `<style data-summit-ui>` at the end of the head (of the root element when there is no head).
 * Returns the Undo that removes it.
 */
export function injectStyles(doc: Document, css: string = HIGHLIGHT_CSS): Undo {
  const style = doc.createElement('style');
  style.setAttribute(OWN_UI_ATTRIBUTE, '');
  style.textContent = css;
  const parent = doc.head ?? doc.documentElement;
  withOwnMutations(() => parent.appendChild(style));
  return once(() => withOwnMutations(() => style.remove()));
}
