/**
 * When, in ms after a navigation without a load (navigation-watch.ts), the page is looked at
 * again: at once, then twice more, since such apps often render the new article only after
 * fetching it.
 */
export const RECHECK_DELAYS_MS: readonly number[] = [0, 1000, 3000];

/**
 * The performance mark set when the looks after a navigation are over (the page settled, or
 * the last delay passed), not when a later navigation cancels them (tests read it).
 */
export const NAVIGATION_SETTLED_MARK = 'summit-lens:navigation-settled';

/**
 * Calls `check` at each of `delays` after a navigation until it returns true (the page is
 * settled: about the summit, or highlighted): at the first delay, then at a later one only if
 * `doc`'s body has changed since the last check (the app rendered something), so that a page
 * that stays as it was is looked at once. Returns a cancel; `signal` also cancels. A page that
 * never navigates pays nothing: this only runs when the caller sees a navigation, and its
 * observer of the body stops at the first change it sees.
 */
export function recheckAfterNavigation(
  doc: Document,
  check: () => boolean,
  signal: AbortSignal,
  delays: readonly number[] = RECHECK_DELAYS_MS,
): () => void {
  let changed = true;
  const changes = new MutationObserver(() => {
    changed = true;
    changes.disconnect();
  });
  let timers: ReturnType<typeof setTimeout>[] = [];
  const cancel = () => {
    timers.forEach(clearTimeout);
    changes.disconnect();
    signal.removeEventListener('abort', cancel);
  };
  const settle = () => {
    cancel();
    performance.mark(NAVIGATION_SETTLED_MARK);
  };
  timers = delays.map((delay, i) =>
    setTimeout(() => {
      if (changed) {
        if (check()) return settle();
        // Watched from after the check: what the check itself changed (highlights taken
        // off) is no change of the page's.
        changed = false;
        const body = doc.body;
        if (body) changes.observe(body, { childList: true, subtree: true, characterData: true });
      }
      if (i === delays.length - 1) settle();
    }, delay),
  );
  signal.addEventListener('abort', cancel, { once: true });
  return cancel;
}

/**
 * A short print of what `doc` shows: its body's text length and a hash of up to 4,096 of its
 * characters, evenly spaced. Two prints differ when an app has rendered another article.
 */
export function printOf(doc: Document): string {
  const text = doc.body?.textContent ?? '';
  const step = Math.max(1, Math.ceil(text.length / 4096));
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += step) {
    hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** What a session does with the page it navigated to (session.ts). */
export interface NewPage {
  /** Whether the document still shows the page judged last: the app has not rendered yet. */
  unchanged(): boolean;
  /** Forgets the old page (its highlights, reading, the reader's on/off) and judges the new. */
  takeUp(): void;
  /** Judges the page again: the app rendered more of it. */
  judge(): void;
  /** Whether the page is settled: highlighted, or about the summit. */
  settled(): boolean;
}

/**
 * Follows a navigation through `page`: at the first look the new page is taken up, unless the
 * document still shows the old one (an app that changes the address first and renders the
 * article it fetched later): then at the first later look that finds the page changed. Once
 * taken up, it is judged again at a look that finds it changed, until it is settled. A page
 * that never changes (the same article at a new address) keeps its judgement. Returns a
 * cancel, as recheckAfterNavigation.
 */
export function followNavigation(doc: Document, page: NewPage, signal: AbortSignal): () => void {
  let takenUp = false;
  return recheckAfterNavigation(
    doc,
    () => {
      if (!takenUp) {
        if (page.unchanged()) return false;
        takenUp = true;
        page.takeUp();
      } else if (!page.settled()) {
        page.judge();
      }
      return page.settled();
    },
    signal,
  );
}
