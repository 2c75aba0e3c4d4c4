import type { Page } from 'puppeteer-core';
import { openControl, type ExtensionControl, type ListedHighlight } from './control';
import { shownPieces } from './dom-probes';
import { extensionOf, type ExtensionBrowser } from './launch';
import { waitUntil } from './wait';

/** One highlighted mention as the page shows it (its pieces joined). */
export interface PageMention {
  id: string;
  kind: string;
  text: string;
  status?: string;
  value?: string;
  /** Whether the mention lies inside the page's <article> (or <main>). */
  inArticle: boolean;
  /** Whether it lies inside an element marked `data-story` (the corpus's pages). */
  inStory: boolean;
}

/** One piece the page paints (or wraps), in document order, and where it lies. */
export interface PaintedPiece {
  text: string;
  inArticle: boolean;
  inStory: boolean;
}

const controls = new WeakMap<ExtensionBrowser, Promise<ExtensionControl>>();

/** The control page of the extension loaded in `page`'s browser, opened once. */
export function controlFor(page: Page): Promise<ExtensionControl> {
  const ext = extensionOf(page.browser());
  let control = controls.get(ext);
  if (!control) {
    // The control page opens in front; the page under test gets the front back, or it would
    // have no focus events (a card opened by focus would never show).
    control = openControl(ext).then(async (opened) => {
      await page.bringToFront();
      return opened;
    });
    controls.set(ext, control);
  }
  return control;
}

/** What the page shows as highlighted, read off the page itself (dom-probes.ts). */
export function paintedPieces(page: Page): Promise<PaintedPiece[]> {
  return shownPieces(page);
}

/**
 * The listed highlights (`listing`, document order) matched with the painted pieces: each
 * mention takes pieces until their text makes its own (white space aside: mark.js leaves a
 * piece of white space alone). Throws when what is painted is not what is listed.
 */
export function zipMentions(listing: ListedHighlight[], pieces: PaintedPiece[]): PageMention[] {
  const bare = (text: string) => text.replace(/\s+/g, '');
  let next = 0;
  return listing.map((listed) => {
    const first = pieces[next];
    let text = '';
    while (next < pieces.length && bare(text).length < bare(listed.text).length) {
      text += pieces[next++]!.text;
    }
    if (!first || bare(text) !== bare(listed.text)) {
      throw new Error(
        `listed ${JSON.stringify(listed.text)} but painted ${JSON.stringify(text)}; listed ` +
          JSON.stringify(listing.map((m) => m.text)) +
          `, painted ${JSON.stringify(pieces.map((p) => p.text))}`,
      );
    }
    return {
      id: listed.id,
      kind: listed.kind,
      text: listed.text,
      ...(listed.status === undefined ? {} : { status: listed.status }),
      ...(listed.value === undefined ? {} : { value: String(listed.value) }),
      inArticle: first.inArticle,
      inStory: first.inStory,
    };
  });
}

/**
 * The page's highlighted mentions in document order: listed by its content script (one
 * message, as the popup asks) and checked against what the page paints.
 */
export async function mentionsOf(page: Page): Promise<PageMention[]> {
  const control = await controlFor(page);
  const tabId = await control.tabIdOf(page.url());
  const listing = await control.highlights(tabId);
  return zipMentions(listing, await paintedPieces(page));
}

/** Waits until the page has at least `count` highlighted mentions. */
export async function waitForMentions(page: Page, count = 1, timeoutMs = 10_000): Promise<void> {
  const control = await controlFor(page);
  const tabId = await control.tabIdOf(page.url(), timeoutMs);
  await waitUntil(
    async () => (await control.highlights(tabId).catch(() => [])).length,
    (listed) => listed >= count,
    { what: `${count} highlights on ${page.url()}`, timeoutMs },
  );
}

/**
 * The page's body and head as the server sent them, parsed by the same browser and
 * normalised, next to the live ones (also normalised): equal when nothing was left behind.
 */
export function domNowAndAsServed(page: Page): Promise<{ now: string; served: string }> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const served = new DOMParser().parseFromString(html, 'text/html');
    const live = document.cloneNode(true) as Document;
    for (const doc of [served, live]) {
      doc.body.normalize();
      doc.querySelectorAll('script').forEach((s) => s.remove());
    }
    return {
      now: live.head.outerHTML + live.body.outerHTML,
      served: served.head.outerHTML + served.body.outerHTML,
    };
  });
}
