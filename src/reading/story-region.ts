import { decideByAncestors } from '../dom/ancestors';
import { composedParent, containsComposed } from '../dom/composed';
import { hasPart, paddedNames } from './class-names';
import { isFurnitureByName, isFurnitureElement } from './furniture';
import { mainTextRoot } from './main-text';
import { eachText, inTrees } from './trees';

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
  shadowRoots: readonly ShadowRoot[],
): Element[] {
  const headline = inTrees(body, shadowRoots, 'h1').find(
    (h1) => !containsComposed(story, h1) && !hasFurnitureAncestor(h1, body, isFurniture),
  );
  if (headline === undefined) return [];
  const parent = headline.parentElement;
  if (
    parent &&
    parent !== body &&
    !containsComposed(parent, story) &&
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
  for (let at = composedParent(node); at && at !== stop; at = composedParent(at)) {
    if (at.nodeType === Node.ELEMENT_NODE && isFurniture(at as Element)) return true;
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
 * element, so asking for every text node of a page stays linear. The story may lie in the
 * open shadow roots the page's text was read in (`shadowRoots`, collect-text.ts), and holds
 * what its shadow hosts show.
 */
export function storyRegion(
  body: HTMLElement,
  shadowRoots: readonly ShadowRoot[] = [],
): StoryRegion | undefined {
  const story = mainTextRoot(body, shadowRoots);
  if (story === body) return undefined;
  const byName = namesAreTrusted(story, shadowRoots.length > 0);
  const isFurniture = (element: Element) =>
    isFurnitureElement(element) || (byName && isFurnitureByName(element));
  const roots = [story, ...headerOf(body, story, isFurniture, shadowRoots)];
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
 * that calls its article "post-comments-enabled"). One walk over its text nodes, per element
 * (`composed`: as the reader sees them, trees.ts).
 */
function namesAreTrusted(story: Element, composed: boolean): boolean {
  const known = trusted.get(story);
  if (known !== undefined) return known;
  const named = new Map<Node, boolean>();
  const settle = (at: Node): boolean | undefined => {
    if (at === story) return false;
    return at.nodeType === Node.ELEMENT_NODE && isFurnitureByName(at as Element) ? true : undefined;
  };
  const underName = (node: Node): boolean => decideByAncestors(node.parentNode, settle, named);
  let total = 0;
  let excluded = 0;
  eachText(story, composed, (node) => {
    const length = node.data.trim().length;
    total += length;
    if (length > 0 && underName(node)) excluded += length;
  });
  const answer = excluded <= total * MAX_NAMED_SHARE;
  trusted.set(story, answer);
  return answer;
}
