import { hasPart, paddedNames } from './class-names';

/**
 * Page furniture inside a story's element: never the story's own text. By tag and role
 * (navigation, asides, footers) it is certain; by class and id words (comments,
 * related links, sharing, sign-ups, tag lists, bylines and meta lines, author bios, credits)
 * it is a guess
 * that story-region.ts checks against the page.
 */
// Not <form>: a whole page may be one (ASP.NET WebForms), and its fields are never read anyway.
const FURNITURE_SELECTOR =
  'nav, aside, footer, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/** Class and id words of furniture, found as a part of a hyphenated name ("comments-area"). */
const FURNITURE_PARTS = [
  ...`comment comments related recommended share sharing social promo advert ad-slot sidebar
   widget widgets rail most-read popular trending readalso read-also upnext up-next
   breadcrumb breadcrumbs byline kicker tags topics bio bios author-bio author-bios
   author-card author-cards credit credits contrib contributors donate signup sign-up
   subscribe newsletter-signup newsletter-promo more-stories meta series contact get-in-touch`.split(
    /\s+/,
  ),
];

/** Furniture words that count as a whole class only ("also", "tag-list"). */
const FURNITURE_CLASSES = new Set(['also', 'tag-list']);

/**
 * Words a CMS puts first in a class that names the story's own topics ("category-world",
 * "tag-ukraine"): furniture only as the last part of a name ("story-tag", "post-category").
 */
const TOPIC_WORDS = ['tag', 'category'];

/** Whether `element` is furniture by its tag or role. */
export function isFurnitureElement(element: Element): boolean {
  return element.matches(FURNITURE_SELECTOR);
}

/** Whether `element`'s class or id names it as furniture. */
export function isFurnitureByName(element: Element): boolean {
  return paddedNames(element).some(
    (padded) =>
      FURNITURE_CLASSES.has(padded.slice(1, -1)) ||
      FURNITURE_PARTS.some((part) => hasPart(padded, part)) ||
      TOPIC_WORDS.some((word) => padded.endsWith(`-${word}-`)),
  );
}
