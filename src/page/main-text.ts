import type { CollectedText } from '../highlight/collect-text';
import type { Match } from '../matching/types';

/** Fewer characters than this and an <article> is a teaser, not the page's story. */
const MIN_ARTICLE_CHARS = 500;

/**
 * The element holding the page's own story, for judging what the page is about: its one
 * long <article> (teasers are short; articles inside it, such as comments, are part of it),
 * else <main> or the element with role "main", else the body. A page with several long
 * articles (a live blog, a feed) is judged as a whole.
 * Navigation, related links and comments outside the story do not decide what the page is
 * about; they are still highlighted when it is.
 */
export function mainTextRoot(body: HTMLElement): Element {
  const long = [...body.getElementsByTagName('article')].filter((article) =>
    hasText(article, MIN_ARTICLE_CHARS),
  );
  // Comments or quoted posts may be articles inside the story: they are part of it.
  const outermost = long.filter(
    (article) => !long.some((o) => o !== article && o.contains(article)),
  );
  const story = outermost.length === 1 ? outermost[0] : undefined;
  return story ?? body.querySelector('main, [role="main"]') ?? body;
}

/**
 * Whether `element` holds at least `chars` characters of text. Reads text nodes only until
 * it has them: a 2.5 MB story costs a few nodes, not a copy of its text.
 */
function hasText(element: Element, chars: number): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let total = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    total += (node as Text).data.length;
    if (total >= chars) return true;
  }
  return false;
}

/**
 * The matches (or any spans) of `collected` whose text starts inside `root`. Matches are sorted by start,
 * as the scanner gives them; one pass with the collected nodes, one ancestor test per node
 * that holds a match.
 */
export function matchesWithin<T extends Pick<Match, 'start'>>(
  collected: CollectedText,
  matches: readonly T[],
  root: Node,
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
