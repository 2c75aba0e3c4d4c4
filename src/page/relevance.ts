import type { Match } from '../matching/types';

/** Whether a page is about the summit, and the named items that made the call. */
export interface Relevance {
  relevant: boolean;
  /** Ids of the summit items the page mentions, in order of first mention. */
  reasons: readonly string[];
}

/**
 * Cheap first gate, run on the raw page text before any DOM walk: a page that never names
 * Ukraine, Zelensky or Kyiv cannot be about a summit on Ukraine's security, so it costs one
 * native regex test and nothing else.
 */
export const UKRAINE_GATE = /ukrain|zelens|kyiv|kiev/i;

/** Whether the document's title or body text passes UKRAINE_GATE (one native regex test). */
export function namesUkraine(doc: Document): boolean {
  return UKRAINE_GATE.test(doc.title + ' ' + (doc.body?.textContent ?? ''));
}

/** Items that tie a page to Ukraine. */
const UKRAINE_SIDE = new Set(['ukraine', 'volodymyr-zelensky', 'kyiv']);

/** Items that tie a page to this summit rather than to the war in general. */
const SUMMIT_SIDE = new Set([
  'reassurance-force',
  'coalition-of-the-willing',
  'security-guarantees',
  'countries-committed',
]);

/** Other items typical of summit coverage; they add weight but decide nothing alone. */
// The Élysée is context only: French pages name it in every story about the presidency.
const CONTEXT = new Set([
  'emmanuel-macron',
  'paris',
  'elysee-palace',
  'keir-starmer',
  'leaders-attending',
]);

/** Distinct summit-related items a page needs, at least one from each side above. */
const MIN_DISTINCT = 3;

/**
 * Decides from a page's matches whether it is about the summit: it must mention Ukraine (or
 * Zelensky, Kyiv), something specific to the summit (the reassurance force, the coalition of
 * the willing, security guarantees, the 26 countries), and at least three such
 * items in all. Trump, Putin or NATO alone never qualify a page.
 */
export function judgeRelevance(matches: readonly Match[]): Relevance {
  const reasons: string[] = [];
  for (const match of matches) {
    const id = match.id;
    const counts = UKRAINE_SIDE.has(id) || SUMMIT_SIDE.has(id) || CONTEXT.has(id);
    if (counts && !reasons.includes(id)) reasons.push(id);
  }
  const relevant =
    reasons.some((id) => UKRAINE_SIDE.has(id)) &&
    reasons.some((id) => SUMMIT_SIDE.has(id)) &&
    reasons.length >= MIN_DISTINCT;
  return { relevant, reasons };
}
