/**
 * Phrases that name the summit itself without its set terms: "the Paris summit", "a summit
 * in Paris", "the Élysée meeting", "talks at the Elysee". English; a language pack will carry
 * its own. One native regex over the text.
 */
const SUMMIT_PHRASE =
  /(?<!\p{L})(?:Paris|[ÉE]lys[ée]e)(?:['’]s)?\s+(?:summit|meeting|talks|gathering|conference)(?!\p{L})|(?<!\p{L})(?:summit|meeting|talks|gathering|conference)\s+(?:in|at)\s+(?:the\s+)?(?:Paris|[ÉE]lys[ée]e)(?!\p{L})/giu;

/** Where `text` names the summit by such a phrase, as { start } offsets in order. */
export function summitPhrases(text: string): { start: number }[] {
  return [...text.matchAll(SUMMIT_PHRASE)].map((hit) => ({ start: hit.index }));
}
