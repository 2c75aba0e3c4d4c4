/**
 * The words an element's id and classes are made of, as a CMS writes them: each name
 * lowercased, its parts joined by single hyphens and padded with one at either end
 * ("related_posts" -> "-related-posts-"), so that `namePart` finds whole parts only.
 * Attributes, not properties: a form's `id` may be one of its fields, an SVG's className an
 * object.
 */
export function paddedNames(element: Element, withId = true): string[] {
  const raw = `${withId ? (element.getAttribute('id') ?? '') : ''} ${element.getAttribute('class') ?? ''}`;
  return raw
    .toLowerCase()
    .split(/\s+/)
    .filter((name) => name !== '')
    .map((name) => `-${name.replace(/_/g, '-')}-`);
}

/** Whether a padded name (paddedNames) holds `part` as whole parts ("-author-bio-box-"). */
export function hasPart(padded: string, part: string): boolean {
  return padded.includes(`-${part}-`);
}
