import { mainTextRoot } from './main-text';

/** The part of a page that is its own story: what is judged, highlighted and counted. */
export interface StoryRegion {
  /** The element holding the story (main-text.ts). */
  element: Element;
  /** Whether `node` lies in the story (its headline and standfirst included). */
  contains(node: Node): boolean;
}

/** Page furniture inside a story's element: never the story's own text. */
const FURNITURE_SELECTOR =
  'nav, aside, footer, form, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/**
 * Class and id words of furniture blocks (comments, related links, sharing, promotions),
 * found as a part of a hyphenated class ("comments-area", "related_posts").
 */
const FURNITURE_PARTS = new Set(
  `comment comments related recommended newsletter share sharing social promo advert ad-slot
   sidebar widget widgets rail most-read popular trending readalso read-also upnext up-next
   breadcrumb breadcrumbs byline kicker`.split(/\s+/),
);

/**
 * Furniture words that count only as a whole class: as a part they name the story's own
 * topics (a CMS marks an article "category-world tag-ukraine").
 */
const FURNITURE_CLASSES = new Set(['tags', 'tag-list', 'category', 'also', 'more-stories']);

/** Class words of a headline's standfirst. */
const STANDFIRST_NAME = /stand-?first|dek|subtitle|subhead|summary|lede|lead|intro|excerpt/i;

/** Most text a headline's own container may hold and still be only its header. */
const MAX_HEADER_CHARS = 1_500;

/** Whether `element` is furniture by its tag, role, class or id. */
function isFurniture(element: Element): boolean {
  if (element.matches(FURNITURE_SELECTOR)) return true;
  const names = `${element.id} ${typeof element.className === 'string' ? element.className : ''}`;
  for (const name of names.toLowerCase().split(/\s+/)) {
    if (FURNITURE_CLASSES.has(name)) return true;
    const padded = `-${name.replace(/_/g, '-')}-`;
    for (const part of FURNITURE_PARTS) if (padded.includes(`-${part}-`)) return true;
  }
  return false;
}

/**
 * The page's headline and standfirst when they sit outside the story's element (a header
 * above the article): its first <h1> not in furniture, with its own small container's text,
 * or, when it stands alone, the standfirst-like element right after it.
 */
function headerOf(body: HTMLElement, story: Element): Element[] {
  const headline = [...body.getElementsByTagName('h1')].find(
    (h1) => !story.contains(h1) && !hasFurnitureAncestor(h1, body),
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
  const standfirst = next && STANDFIRST_NAME.test(String(next.className)) ? [next] : [];
  return [headline, ...standfirst];
}

function hasFurnitureAncestor(node: Node, stop: Node): boolean {
  for (let at = node.parentElement; at && at !== stop; at = at.parentElement) {
    if (isFurniture(at)) return true;
  }
  return false;
}

/**
 * The story of the page under `body`: the element holding it (main-text.ts), less the
 * furniture inside it (navigation, asides, footers, forms, comments, related links), plus
 * its headline and standfirst when they sit outside it. Undefined when the page has no clear
 * story element: then the whole page is read, as before. `contains` caches its answers per
 * element, so asking for every text node of a page stays linear.
 */
export function storyRegion(body: HTMLElement): StoryRegion | undefined {
  const story = mainTextRoot(body);
  if (story === body) return undefined;
  const roots = [story, ...headerOf(body, story)];
  const known = new Map<Node, boolean>();
  const contains = (node: Node): boolean => {
    const path: Node[] = [];
    let answer = false;
    for (let at: Node | null = node; at; at = at.parentNode) {
      const seen = known.get(at);
      if (seen !== undefined) {
        answer = seen;
        break;
      }
      path.push(at);
      if (roots.includes(at as Element)) {
        answer = true;
        break;
      }
      if (at.nodeType === 1 && isFurniture(at as Element)) break;
    }
    for (const seen of path) known.set(seen, answer);
    return answer;
  };
  return { element: story, contains };
}
