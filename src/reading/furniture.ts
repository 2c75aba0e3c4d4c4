import { hasPart, paddedNames } from './class-names';

/**
 * Page furniture inside a story's element: never the story's own text. By tag and role
 * (navigation, asides, footers) it is certain; by class and id words (comments,
 * related links, sharing, sign-ups, tag lists, kickers, bylines and meta lines, author bios,
 * credits; in English, French and German)
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
   subscribe newsletter-signup newsletter-promo more-stories meta series contact get-in-touch
   author-box author-info eyebrow overline mots-cles motscles surtitre dachzeile
   mehr-zum-thema autorenzeile autorenbox`.split(/\s+/),
];

/**
 * Furniture words that count as a whole class only ("also", "tag-list"): as a part they
 * would also name the story's own element ("ressort-politik", "label-wrapper"). French and
 * German sites name kickers, bylines and "more" links in their own words (rubrik, ressort,
 * dach, autor, weiter, signature).
 */
const FURNITURE_CLASSES = new Set([
  'also',
  'tag-list',
  'label',
  'rubrik',
  'ressort',
  'dach',
  'autor',
  'autorin',
  'weiter',
  'signature',
]);

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
