import { createShadowHost, type ShadowHost } from '../dom/shadow-host';
import { highlightCss, type HighlightLook } from '../style/highlight-css';
import { CARD_CSS } from './card-styles';

/** Tag name of the element that hosts the card's shadow root. */
export const CARD_HOST_TAG = 'summit-lens-card';

/** The card's place in the page: a host element and, in its shadow root, a mount point. */
export interface CardHost extends ShadowHost {
  /** Where the card is rendered (a sibling of the style sheet, which Preact must not touch). */
  mount: HTMLElement;
  /** A polite live region, visually hidden, for what next/previous says to screen readers. */
  status: HTMLElement;
}

/**
 * The card's host (`<summit-lens-card data-summit-ui>`, shadow-host.ts): its style sheet, with
 * the highlights' rules in the reader's `look` for the kind's legend sample, a mount point and
 * a live region.
 */
export function createCardHost(doc: Document, look: HighlightLook = {}): CardHost {
  const mount = doc.createElement('div');
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'status';
  const css = `${highlightCss(look)}\n${CARD_CSS}`;
  return { ...createShadowHost(doc, CARD_HOST_TAG, css, [mount, status]), mount, status };
}
