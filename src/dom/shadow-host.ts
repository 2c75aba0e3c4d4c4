import { OWN_UI_ATTRIBUTE } from './excluded';
import { withOwnMutations } from './own-mutations';
import { once, type Undo } from './undo';

/** One of our own elements in a page: a host, its shadow root, its style sheet. */
export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  /** Removes the host and everything in it (once). */
  remove: Undo;
}

/**
 * Appends `<tag data-summit-ui>` to the root element of `doc` with an open shadow root holding
 * `css`, then `children` (made by `parts` from the document). `data-summit-ui` keeps the
 * highlighter and its observer away from it, and the change is our own to the observers
 * (withOwnMutations). Open rather than closed: it shows only public data from the reports, a
 * closed root would hide nothing the page cannot read off the screen, and an open one lets
 * tests and assistive tools inspect it; isolation of styles is the same for both. The page's
 * own nodes are never touched: the host is a sibling of its head and body.
 */
export function createShadowHost(
  doc: Document,
  tag: string,
  css: string,
  children: readonly Node[] = [],
): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style, ...children);
  withOwnMutations(() => doc.documentElement.appendChild(host));
  return { host, root, remove: once(() => withOwnMutations(() => host.remove())) };
}
