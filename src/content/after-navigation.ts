/**
 * When, in ms after a same-document navigation (an app's `history.pushState`), the page is
 * looked at again: at once, then twice more, since such apps often render the new article
 * only after fetching it.
 */
export const RECHECK_DELAYS_MS: readonly number[] = [0, 1000, 3000];

/**
 * Calls `check` at each of `delays` after a navigation until it returns true (the page is
 * settled: about the summit, or highlighted). Returns a cancel; `signal` also cancels. A
 * page that never navigates pays nothing: this only runs when the caller sees a navigation.
 */
export function recheckAfterNavigation(
  check: () => boolean,
  signal: AbortSignal,
  delays: readonly number[] = RECHECK_DELAYS_MS,
): () => void {
  let timers: ReturnType<typeof setTimeout>[] = [];
  const cancel = () => {
    timers.forEach(clearTimeout);
    signal.removeEventListener('abort', cancel);
  };
  timers = delays.map((delay) =>
    setTimeout(() => {
      if (check()) cancel();
    }, delay),
  );
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}

/**
 * Whether a change of address leads to another page: a change of fragment alone (`#top`, a
 * table of contents) stays on the same article.
 */
export function isAnotherPage(to: URL, from: URL): boolean {
  const strip = (url: URL) => url.href.slice(0, url.href.length - url.hash.length);
  return strip(to) !== strip(from);
}
