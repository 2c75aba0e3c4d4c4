import type { CollectedText } from '../dom/collect-text';
import { composedParent, containsComposed, isShadowRoot } from '../dom/composed';
import type { Match } from '../matching/types';
import { eachText, inTrees } from './trees';

/** Fewer characters than this and an <article> is a teaser, not the page's story. */
const MIN_ARTICLE_CHARS = 500;

/**
 * The element holding the page's own story, for judging what the page is about: its one
 * long <article> (teasers are short; articles inside it, such as comments, are part of it;
 * one long entry of a feed of articles stands for the feed: the <main> holding it, else its
 * parent), else <main> or the element with role "main", else the element whose own
 * paragraphs hold most of the page's paragraph text (a CMS's "story-body" <div>), else the
 * body. A page with several long articles (a live blog, a feed) is read by its <main> or, at
 * the last, as a whole.
 * Navigation, related links and comments outside the story neither decide what the page is
 * about nor are highlighted (story-region.ts). The open shadow roots the page's text was read
 * in (`shadowRoots`, collect-text.ts) are searched as well: a story may be an `<article>` in
 * one; a shadow root stands inside its host.
 */
export function mainTextRoot(body: HTMLElement, shadowRoots: readonly ShadowRoot[] = []): Element {
  const shadows = shadowRoots.length > 0;
  const long = inTrees(body, shadowRoots, 'article').filter((article) =>
    hasText(article, MIN_ARTICLE_CHARS, shadows),
  );
  // Comments or quoted posts may be articles inside the story: they are part of it. One
  // ancestor walk per long article, not a test against every other one.
  const longSet = new Set<Node>(long);
  const outermost = long.filter((article) => {
    for (let at = composedParent(article); at; at = composedParent(at)) {
      if (longSet.has(at)) return false;
    }
    return true;
  });
  const story = outermost.length === 1 ? outermost[0] : undefined;
  const main = inTrees(body, shadowRoots, 'main, [role="main"]', 1)[0];
  if (story && !isFeedEntry(story)) return story;
  return (
    (story && main && containsComposed(main, story) ? main : story && parentOf(story)) ??
    main ??
    paragraphsHome(body, shadowRoots) ??
    body
  );
}

/** The element holding `element`: its parent, or the host of the shadow root it stands in. */
function parentOf(element: Element): Element | undefined {
  const parent = element.parentNode;
  if (isShadowRoot(parent)) return parent.host;
  return parent?.nodeType === Node.ELEMENT_NODE ? (parent as Element) : undefined;
}

/** Entries side by side under one parent, from this many on, make a feed. */
const MIN_FEED_ENTRIES = 3;

/** Fewer characters than this, or mostly link text, and an article is a teaser. */
const MIN_ENTRY_CHARS = 100;

/**
 * Whether `article` is one entry of a feed (a live blog's posts, only one of them long):
 * articles beside it, each with prose of its own rather than a teaser's linked headline.
 * Then the feed, not the entry, is the story.
 */
function isFeedEntry(article: Element): boolean {
  const parent = article.parentNode as ParentNode | null;
  if (!parent?.children) return false;
  let entries = 0;
  for (const child of parent.children) {
    if (child.tagName === 'ARTICLE' && isEntry(child)) entries += 1;
  }
  return entries >= MIN_FEED_ENTRIES;
}

function isEntry(article: Element): boolean {
  const text = article.textContent?.trim().length ?? 0;
  let linked = 0;
  for (const link of article.getElementsByTagName('a')) linked += link.textContent?.length ?? 0;
  return text >= MIN_ENTRY_CHARS && linked * 2 < text;
}

/** Share of the page's paragraph text one element's paragraphs need to be its story. */
const MIN_PARAGRAPH_SHARE = 0.5;

/**
 * The element whose child paragraphs hold most of the text of the page's <p> elements, when
 * they hold at least half of it and MIN_ARTICLE_CHARS; else undefined (a page of teasers).
 */
function paragraphsHome(
  body: HTMLElement,
  shadowRoots: readonly ShadowRoot[],
): Element | undefined {
  const byParent = new Map<Element, number>();
  let total = 0;
  for (const paragraph of inTrees(body, shadowRoots, 'p')) {
    const parent = parentOf(paragraph);
    if (!parent) continue;
    const length = paragraph.textContent?.length ?? 0;
    total += length;
    byParent.set(parent, (byParent.get(parent) ?? 0) + length);
  }
  let best: Element | undefined;
  let most = 0;
  for (const [parent, length] of byParent) {
    if (length > most) [best, most] = [parent, length];
  }
  const enough = most >= MIN_ARTICLE_CHARS && most >= total * MIN_PARAGRAPH_SHARE;
  return enough && best !== body ? best : undefined;
}

/**
 * Whether `element` holds at least `chars` characters of text. Reads text nodes only until
 * it has them: a 2.5 MB story costs a few nodes, not a copy of its text (`composed`, on a page
 * with shadow roots, reads them as the reader sees them: trees.ts).
 */
function hasText(element: Element, chars: number, composed: boolean): boolean {
  let total = 0;
  eachText(element, composed, (node) => (total += node.data.length) >= chars);
  return total >= chars;
}

/**
 * The matches (or any spans) of `collected` whose text starts inside `root` (a node, or any
 * test of a node). Matches are sorted by start, as the scanner gives them; one pass with the
 * collected nodes, one test per node that holds a match.
 */
export function matchesWithin<T extends Pick<Match, 'start'>>(
  collected: CollectedText,
  matches: readonly T[],
  root: Node | { contains(node: Node): boolean },
): T[] {
  const { nodes, starts } = collected;
  const inside: T[] = [];
  let node = 0;
  let asked = -1;
  let answer = false;
  for (const match of matches) {
    while (node + 1 < nodes.length && starts[node + 1]! <= match.start) node += 1;
    if (node !== asked) {
      asked = node;
      answer = nodes[node] !== undefined && root.contains(nodes[node]!);
    }
    if (answer) inside.push(match);
  }
  return inside;
}
