import { OWN_UI_ATTRIBUTE } from '../highlight/excluded';
import { withOwnMutations } from '../highlight/own-mutations';
import { once, type Undo } from '../highlight/undo';
import { highlightCss, type HighlightLook } from '../style/highlight-css';
import { CARD_CSS } from './card-styles';

/** Tag name of the element that hosts the card's shadow root. */
export const CARD_HOST_TAG = 'summit-lens-card';

/** The card's place in the page: a host element and, in its shadow root, a mount point. */
export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Where the card is rendered (a sibling of the style sheet, which Preact must not touch). */
  mount: HTMLElement;
  /** A polite live region, visually hidden, for what next/previous says to screen readers. */
  status: HTMLElement;
  /** Removes the host and everything in it. */
  remove: Undo;
}

/**
 * Appends `<summit-lens-card data-summit-ui>` to the root element of `doc`, with an open shadow
 * root holding the card's style sheet (with the highlights' rules in the reader's `look`, for
 * the kind's legend sample) and a mount point. `data-summit-ui` keeps the highlighter
 * and its observer away from it. Open rather than closed: the card shows only public data from
 * the reports, a closed root would hide nothing the page cannot read off the screen, and an
 * open one lets tests and assistive tools inspect it; isolation of styles is the same for both.
 */
export function createCardHost(doc: Document, look: HighlightLook = {}): CardHost {
  const host = doc.createElement(CARD_HOST_TAG);
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = `${highlightCss(look)}\n${CARD_CSS}`;
  const mount = doc.createElement('div');
  const status = doc.createElement('div');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'status';
  root.append(style, mount, status);
  withOwnMutations(() => doc.documentElement.appendChild(host));
  return { host, root, mount, status, remove: once(() => withOwnMutations(() => host.remove())) };
}
