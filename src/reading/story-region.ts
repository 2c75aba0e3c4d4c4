import { decideByAncestors } from '../dom/ancestors';
import { hasPart, paddedNames } from './class-names';
import { isFurnitureByName, isFurnitureElement } from './furniture';
import { mainTextRoot } from './main-text';

/** The part of a page that is its own story: what is judged, highlighted and counted. */
export interface StoryRegion {
  /** The element holding the story (main-text.ts). */
  element: Element;
  /** Whether `node` lies in the story (its headline and standfirst included). */
  contains(node: Node): boolean;
}

/** Class words of a headline's standfirst, as whole parts of a name ("article-dek"). */
const STANDFIRST_WORDS =
  'standfirst stand-first dek subtitle subhead summary lede lead intro excerpt'.split(' ');

/** Whether `element`'s class names it a standfirst ("ad-leaderboard" does not). */
function isStandfirst(element: Element): boolean {
  return paddedNames(element, false).some((padded) =>
    STANDFIRST_WORDS.some((word) => hasPart(padded, word)),
  );
}

/** Most text a headline's own container may hold and still be only its header. */
const MAX_HEADER_CHARS = 1_500;

/**
 * The page's headline and standfirst when they sit outside the story's element (a header
 * above the article): its first <h1> not in furniture, with its own small container's text,
 * or, when it stands alone, the standfirst-like element right after it.
 */
function headerOf(
  body: HTMLElement,
  story: Element,
  isFurniture: (element: Element) => boolean,
): Element[] {
  const headline = [...body.getElementsByTagName('h1')].find(
    (h1) => !story.contains(h1) && !hasFurnitureAncestor(h1, body, isFurniture),
  );
  if (headline === undefined) return [];
  const parent = headline.parentElement;
  if (
    parent &&
    parent !== body &&
    !parent.contains(story) &&
    (parent.textContent ?? '').length <= MAX_HEADER_CHARS
  ) {
    return [parent];
  }
  const next = headline.nextElementSibling;
  const standfirst = next && isStandfirst(next) ? [next] : [];
  return [headline, ...standfirst];
}

function hasFurnitureAncestor(
  node: Node,
  stop: Node,
  isFurniture: (element: Element) => boolean,
): boolean {
  for (let at = node.parentElement; at && at !== stop; at = at.parentElement) {
    if (isFurniture(at)) return true;
  }
  return false;
}

/**
 * The story of the page under `body`: the element holding it (main-text.ts), less the
 * furniture inside it (furniture.ts: navigation, asides, footers; comments, related
 * links, tag lists and the like by their class names, unless those names would leave out
 * most of the story, when they are taken to name something else), plus its headline and
 * standfirst when they sit outside it. Undefined when the page has no clear
 * story element: then the whole page is read, as before. `contains` caches its answers per
 * element, so asking for every text node of a page stays linear.
 */
export function storyRegion(body: HTMLElement): StoryRegion | undefined {
  const story = mainTextRoot(body);
  if (story === body) return undefined;
  const byName = namesAreTrusted(story);
  const isFurniture = (element: Element) =>
    isFurnitureElement(element) || (byName && isFurnitureByName(element));
  const roots = [story, ...headerOf(body, story, isFurniture)];
  const known = new Map<Node, boolean>();
  const settle = (at: Node): boolean | undefined => {
    if (roots.includes(at as Element)) return true;
    return at.nodeType === Node.ELEMENT_NODE && isFurniture(at as Element) ? false : undefined;
  };
  const contains = (node: Node): boolean => decideByAncestors(node, settle, known);
  return { element: story, contains };
}

/** More of the story's text than this under class-named furniture, and the names are wrong. */
const MAX_NAMED_SHARE = 0.5;

// Per story element: it is judged once, then consulted on every batch a live page adds.
const trusted = new WeakMap<Element, boolean>();

/**
 * Whether class and id names may mark furniture inside `story`: not when the elements they
 * mark hold more than half its text (a newsletter whose body is "newsletter-body", a CMS
 * that calls its article "post-comments-enabled"). One walk over its text nodes, per element.
 */
function namesAreTrusted(story: Element): boolean {
  const known = trusted.get(story);
  if (known !== undefined) return known;
  const walker = story.ownerDocument.createTreeWalker(story, NodeFilter.SHOW_TEXT);
  const named = new Map<Node, boolean>();
  const settle = (at: Node): boolean | undefined => {
    if (at === story) return false;
    return at.nodeType === Node.ELEMENT_NODE && isFurnitureByName(at as Element) ? true : undefined;
  };
  const underName = (node: Node): boolean => decideByAncestors(node.parentNode, settle, named);
  let total = 0;
  let excluded = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).data.trim().length;
    total += length;
    if (length > 0 && underName(node)) excluded += length;
  }
  const answer = excluded <= total * MAX_NAMED_SHARE;
  trusted.set(story, answer);
  return answer;
}
