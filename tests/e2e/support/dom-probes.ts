import type { Frame, Page } from 'puppeteer-core';
import { waitUntil } from './wait';

/** Where Summit Lens must never put a highlight (the brief's list of excluded elements). */
export const EXCLUDED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  '[contenteditable]:not([contenteditable="false"])',
  'code',
  'pre',
  'svg',
].join(', ');

/** Selector of every highlight piece (the DOM contract of src/dom/dom-contract.ts). */
export const MARK_SELECTOR = 'mark.summit-lens-mark';

/**
 * The document's structure and text as one string: one line per node in document order
 * with its depth, type, tag and sorted attributes, or its data. Equal strings mean the same
 * nodes, split the same way, with the same text. Walks iteratively, so 5,000-deep trees are
 * fine. Ignores nothing: compare two snapshots of a page that does not mutate itself. With
 * `digest`, returns only the string's length and a 32-bit FNV-1a hash of it (for pages of
 * megabytes, whose snapshot is not worth sending over the wire).
 */
export function snapshotDom(frame: Page | Frame, { digest = false } = {}): Promise<string> {
  return frame.evaluate((digest) => {
    const lines: string[] = [];
    const stack: [Node, number][] = [[document.documentElement, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (node.nodeType === Node.ELEMENT_NODE) {
        const element = node as Element;
        const attrs = Array.from(element.attributes, (a) => `${a.name}=${JSON.stringify(a.value)}`);
        lines.push(`${depth} <${element.tagName} ${attrs.sort().join(' ')}>`);
      } else {
        lines.push(`${depth} #${node.nodeType} ${JSON.stringify(node.nodeValue)}`);
      }
      const children = node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
    }
    const all = lines.join('\n');
    if (!digest) return all;
    let hash = 0x811c9dc5;
    for (let i = 0; i < all.length; i++) {
      hash ^= all.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return `${lines.length} nodes, ${all.length} chars, fnv ${hash.toString(16)}`;
  }, digest);
}

/** Where two snapshots first differ, with some context of each; undefined when equal. */
export function firstDifference(before: string, after: string, context = 120): string | undefined {
  if (before === after) return undefined;
  let i = 0;
  while (i < before.length && before[i] === after[i]) i++;
  const start = Math.max(0, i - context / 2);
  const show = (s: string) => JSON.stringify(s.slice(start, i + context / 2));
  return `at ${i}: before ${show(before)} after ${show(after)}`;
}

/** One highlight piece the page shows, in document order, and where it lies. */
export interface ShownPiece {
  text: string;
  /** The tag of the excluded element it lies in, or `editable`; absent when neither. */
  excludedBy?: string;
  inArticle: boolean;
  inStory: boolean;
}

/**
 * Every highlight piece the document shows, in document order: the ranges of the highlights
 * in `CSS.highlights` (the painted renderer's: its names are random, and the fixture pages
 * register none of their own; the current mention's, raised above the others, repeats a
 * mention and is left out), and our `<mark>` pieces (the wrapped one).
 */
export function shownPieces(frame: Page | Frame): Promise<ShownPiece[]> {
  // No named inner functions here: tsx would wrap them in a `__name` helper that does not
  // exist in the page.
  return frame.evaluate(
    (marks, excluded) => {
      // Our marks are read as elements, not through Ranges: a Range the page holds is live,
      // updated on every later DOM change until it is collected, and thousands of them would
      // make the extension's own undo look quadratic.
      const shown: { node: Node; offset: number; text: string }[] = [];
      type Painted = Set<Range> & { priority: number };
      const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, Painted> } })
        .CSS?.highlights;
      const pageOwn = (globalThis as { __pageOwnHighlights?: Set<unknown> }).__pageOwnHighlights;
      for (const highlight of registry?.values() ?? []) {
        if (highlight.priority > 0 || pageOwn?.has(highlight)) continue;
        for (const range of highlight) {
          if (range.collapsed) continue;
          shown.push({
            node: range.startContainer,
            offset: range.startOffset,
            text: range.toString(),
          });
        }
      }
      for (const mark of document.querySelectorAll(marks)) {
        shown.push({ node: mark, offset: -1, text: mark.textContent ?? '' });
      }
      shown.sort((a, b) => {
        if (a.node === b.node) return a.offset - b.offset;
        // A mark holds the text node a range may start in: the mark comes first.
        return a.node.compareDocumentPosition(b.node) &
          (Node.DOCUMENT_POSITION_FOLLOWING | Node.DOCUMENT_POSITION_CONTAINED_BY)
          ? -1
          : 1;
      });
      return shown.map(({ node, text }) => {
        const element =
          node.nodeType === Node.ELEMENT_NODE ? (node as HTMLElement) : node.parentElement;
        const host = element?.closest(excluded);
        const excludedBy = host
          ? host.tagName.toLowerCase()
          : element?.isContentEditable
            ? 'editable'
            : undefined;
        return {
          text,
          ...(excludedBy ? { excludedBy } : {}),
          inArticle: element?.closest('article, main') != null,
          inStory: element?.closest('[data-story]') != null,
        };
      });
    },
    MARK_SELECTOR,
    EXCLUDED_SELECTOR,
  );
}

/**
 * Records the highlights the page has registered itself (with ours switched off), so that the
 * probes here leave them out: our names are random, so theirs are told apart by identity.
 */
export function rememberPageHighlights(frame: Page | Frame): Promise<void> {
  return frame.evaluate(() => {
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS
      ?.highlights;
    (globalThis as { __pageOwnHighlights?: Set<unknown> }).__pageOwnHighlights = new Set(
      registry?.values() ?? [],
    );
  });
}

/** Number of highlight pieces the document shows (light DOM only), painted or wrapped. */
export async function markCount(frame: Page | Frame): Promise<number> {
  return (await shownPieces(frame)).length;
}

/**
 * Highlights lying inside an excluded element or an editable region, described by the
 * excluding ancestor's tag and the piece's text. Empty when the extension behaved.
 */
export async function marksInExcluded(frame: Page | Frame): Promise<string[]> {
  return (await shownPieces(frame))
    .filter((piece) => piece.excludedBy !== undefined)
    .map((piece) => `${piece.excludedBy}: ${piece.text}`);
}

/**
 * What the extension left in the document: highlight pieces (painted or wrapped), its own
 * elements, and highlights it registered.
 */
export async function leftovers(
  frame: Page | Frame,
): Promise<{ marks: number; ownUi: number; registered: number }> {
  const counts = await frame.evaluate(() => {
    const registry = (globalThis as unknown as { CSS?: { highlights?: Map<string, unknown> } }).CSS
      ?.highlights;
    return {
      ownUi: document.querySelectorAll('[data-summit-ui]').length,
      // Every entry is ours but those the page had before (rememberPageHighlights).
      registered: [...(registry?.values() ?? [])].filter(
        (highlight) =>
          !(globalThis as { __pageOwnHighlights?: Set<unknown> }).__pageOwnHighlights?.has(
            highlight,
          ),
      ).length,
    };
  });
  return { marks: await markCount(frame), ...counts };
}

/** The outcome of waitForStableMarks. */
export interface Settling {
  /** Highlight pieces when the count last changed (or at the deadline). */
  count: number;
  /** Whether the count stayed unchanged for `quietMs` before `timeoutMs`. */
  settled: boolean;
  /** Milliseconds until the count settled (or the deadline). */
  ms: number;
}

/**
 * Polls the highlight count every `intervalMs` until it has not changed for `quietMs`,
 * giving up after `timeoutMs`. Each poll is itself bounded by `timeoutMs`, so a hung page
 * ends the wait instead of blocking it.
 */
export async function waitForStableMarks(
  frame: Page | Frame,
  { quietMs = 1000, timeoutMs = 8000, intervalMs = 200 } = {},
): Promise<Settling> {
  const start = Date.now();
  let count = await withTimeout(markCount(frame), timeoutMs, 'mark count');
  let since = Date.now();
  while (Date.now() - start < timeoutMs) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const now = await withTimeout(markCount(frame), timeoutMs, 'mark count');
    if (now !== count) {
      count = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      return { count, settled: true, ms: since - start };
    }
  }
  return { count, settled: false, ms: Date.now() - start };
}

/** The performance mark a switch-on sets once it has drawn the whole page (highlight-switch.ts). */
const HIGHLIGHTED_MARK = 'summit-lens:highlighted';

/** How many times highlighting has drawn the whole document (its HIGHLIGHTED_MARK entries). */
function wholeDrawings(frame: Page | Frame): Promise<number> {
  return frame.evaluate((mark) => performance.getEntriesByName(mark).length, HIGHLIGHTED_MARK);
}

/**
 * Runs `switchOn` (a request that switches highlighting on) and waits until the switch-on has
 * drawn the whole page, sliced or not: the positive signal before reading what it drew, or
 * what it did not draw. The page must have been off before.
 */
export async function drawnWhole(
  frame: Page | Frame,
  switchOn: () => Promise<unknown>,
  timeoutMs = 15_000,
): Promise<void> {
  const before = await wholeDrawings(frame);
  await switchOn();
  await waitUntil(
    () => withTimeout(wholeDrawings(frame), timeoutMs, 'counting drawings'),
    (now) => now > before,
    { what: 'the whole page drawn', timeoutMs },
  );
}

/** The text of the sentinel markSentinel adds: a name the dataset knows. */
const SENTINEL_TEXT = ' Keir Starmer spoke in Paris. ';

/**
 * Appends a sentinel (a span naming Keir Starmer) to the element `into` selects and waits
 * until a highlight lies in it. The content script takes the page's additions in the order
 * they came, so once the sentinel is highlighted every change made before it has been dealt
 * with: the positive signal a test waits for before it says an earlier change was ignored.
 * `into` must lie in the page's story (it already holds highlights). The sentinel stays.
 */
export async function markSentinel(
  frame: Page | Frame,
  into: string,
  timeoutMs = 10_000,
): Promise<void> {
  await frame.$eval(
    into,
    (host, text) => {
      const sentinel = document.createElement('span');
      sentinel.setAttribute('data-summit-sentinel', '');
      sentinel.textContent = text;
      host.append(sentinel);
    },
    SENTINEL_TEXT,
  );
  await waitUntil(
    () =>
      frame.evaluate((marks) => {
        const sentinels = [...document.querySelectorAll('[data-summit-sentinel]')];
        const sentinel = sentinels[sentinels.length - 1]!;
        if (sentinel.querySelector(marks)) return true;
        const registry = (
          globalThis as unknown as { CSS?: { highlights?: Map<string, Set<Range>> } }
        ).CSS?.highlights;
        // Our highlights' names are random; the fixture pages register none of their own.
        for (const highlight of registry?.values() ?? []) {
          for (const range of highlight) {
            if (!range.collapsed && sentinel.contains(range.startContainer)) return true;
          }
        }
        return false;
      }, MARK_SELECTOR),
    Boolean,
    { what: `a highlight in the sentinel in ${into}`, timeoutMs },
  );
}

/** `promise`, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
