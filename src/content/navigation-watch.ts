/** Where a document is: its address (the fragment aside) and the body it shows. */
export interface Place {
  address: string;
  body: HTMLElement | null;
}

/** Where `doc` is now. */
export function placeOf(doc: Document): Place {
  const href = doc.location?.href ?? '';
  const hash = href.indexOf('#');
  return { address: hash < 0 ? href : href.slice(0, hash), body: doc.body };
}

/**
 * Whether two places show the same page: the same body at the same address, or one that
 * differs only in its fragment (`#top`, a table of contents: the same article).
 */
export function samePlace(a: Place, b: Place): boolean {
  return a.body === b.body && a.address === b.address;
}

/** How often the address is read where the browser has no Navigation API (ms). */
export const POLL_MS = 1000;

/** The Navigation API's event target, where the browser has one (Chromium, recent Firefox). */
interface NavigationTarget {
  addEventListener(type: 'currententrychange', listener: () => void, options: object): void;
}

/**
 * Calls `listener` each time `doc` comes to show another page without loading one: its
 * address changes (not only its fragment) through `history.pushState` or `replaceState`, back
 * or forward, or its `<body>` is replaced (as Turbo and pjax navigate: `body.replaceWith`).
 * Whatever signals one navigation gives (an entry change, a popstate, a new body) is looked at
 * once, a task later, when the app has rendered what it navigated to and the address is the
 * new one; a look that finds the document where it was last time calls nothing.
 *
 * What it costs a page that never navigates: an observer of the root element's children
 * alone (a body swap), listeners that never fire, and, in a browser without the Navigation
 * API, a read of the address every POLL_MS (pushState and replaceState fire no event there).
 */
export function watchNavigation(
  doc: Document,
  signal: AbortSignal,
  listener: () => void,
  pollMs = POLL_MS,
): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  let last = placeOf(doc);
  let pending: ReturnType<typeof setTimeout> | undefined;
  const look = () => {
    if (pending !== undefined || signal.aborted) return;
    pending = setTimeout(() => {
      pending = undefined;
      const now = placeOf(doc);
      if (signal.aborted || samePlace(now, last)) return;
      last = now;
      listener();
    }, 0);
  };
  signal.addEventListener('abort', () => clearTimeout(pending), { once: true });

  // A new body: the root element's children change (our own hosts there change nothing).
  const bodies = new MutationObserver(() => {
    if (doc.body !== last.body) look();
  });
  const root = doc.documentElement;
  if (root) bodies.observe(root, { childList: true });
  signal.addEventListener('abort', () => bodies.disconnect(), { once: true });

  win.addEventListener('popstate', look, { signal });
  const navigation = (win as { navigation?: NavigationTarget }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', look, { signal });
    return;
  }
  const poll = setInterval(() => {
    if (!samePlace(placeOf(doc), last)) look();
  }, pollMs);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
}
