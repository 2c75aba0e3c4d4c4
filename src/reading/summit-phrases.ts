/**
 * Where `text` names the summit by a phrase of its language (a pack's `summitPattern`, see
 * src/languages: "the Paris summit", "le sommet de l'Élysée", "der Pariser Gipfel"), as
 * { start } offsets in order. One native regex over the text.
 */
export function summitPhrases(text: string, pattern: string): { start: number }[] {
  return [...text.matchAll(new RegExp(pattern, 'giu'))].map((hit) => ({ start: hit.index }));
}
