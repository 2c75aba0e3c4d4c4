import { normalize } from './normalize';

/**
 * Folds a word or phrase as the engine folds a page (`normalize`): diacritics stripped,
 * typographic quotes, apostrophes and dashes made ASCII, spaces collapsed, invisible
 * characters dropped; then lower case, trimmed ("Élysée" -> "elysee", "l’Élysée" ->
 * "l'elysee"). The one fold for every word compared with page text: the packs' words, the
 * figures' identities, the actors' aliases, and the popup's lookup, so a lookup and a page
 * never disagree about a name.
 */
export function fold(text: string): string {
  return normalize(text).lower.trim();
}
