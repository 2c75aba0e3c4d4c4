import { normalize, type NormalizedText } from './normalize';

/**
 * Folds a word or phrase as the engine folds a page (`normalize`): diacritics stripped,
 * typographic quotes, apostrophes and dashes made ASCII, spaces collapsed, invisible
 * characters dropped; then lower case, trimmed ("Élysée" -> "elysee", "l’Élysée" ->
 * "l'elysee"). The one fold for every word compared with page text: the packs' words, the
 * figures' identities, the actors' aliases, and the popup's lookup, so a lookup and a page
 * never disagree about a name.
 */
export function fold(text: string): string {
  // Printable ASCII words with single spaces are what normalize keeps as they are: lower case
  // is the whole fold (the packs' words mostly; a scanner folds hundreds as it is built).
  if (PLAIN.test(text)) return text.toLowerCase();
  return foldNormalized(normalize(text));
}

/** Text normalize leaves unchanged: printable ASCII words, one space between them. */
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** `fold` of a text the caller has already normalised (one normalisation, not two). */
export function foldNormalized(normalized: Pick<NormalizedText, 'lower'>): string {
  return normalized.lower.trim();
}
