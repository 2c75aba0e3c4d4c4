import type { Match } from '../matching/types';
import type { DateVerdict } from './event-dates';

/** Whether a page is about the summit, and the evidence that made the call. */
export interface Relevance {
  relevant: boolean;
  /** Ids of the summit items the page mentions, in order of first mention. */
  reasons: readonly string[];
  /** What the page's dates said (its own date, a later meeting), when it has any. */
  dates?: DateVerdict;
}

/** What, beyond its matches, a page's story says about which event it is about. */
export interface EventEvidence {
  /** The dates' verdict (event-dates.ts). */
  dates?: DateVerdict;
  /** How often the story names the summit by a phrase such as "the Paris summit". */
  summitPhrases?: number;
}

/**
 * Cheap first gate, run on the raw page text before any DOM walk: a page that never names
 * Ukraine, Zelensky or Kyiv (in any language a pack reads: Selenskyj, Kiew, Kyjiw) cannot be
 * about a summit on Ukraine's security, so it costs one native regex test and nothing else.
 * Every pack's `gate` stems must be among these (unit-tested).
 */
export const UKRAINE_GATE = /ukrain|zelens|selensk|kyiv|kiev|kiew|kyjiw/i;

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
  'countries-committed',
]);

/**
 * Other items typical of summit coverage; they add weight but decide nothing alone. Security
 * guarantees are the war's general vocabulary, talked of before and after the summit; the
 * Élysée is named in every story about the French presidency.
 */
const CONTEXT = new Set([
  'security-guarantees',
  'emmanuel-macron',
  'paris',
  'elysee-palace',
  'keir-starmer',
  'leaders-attending',
  'summit-date',
]);

/** Distinct summit-related items a page needs, at least one from each side above. */
const MIN_DISTINCT = 3;

/**
 * Decides from a story's matches and its event evidence whether the page is about the
 * summit: its dates must not rule it out (event-dates.ts: published before it, long after it
 * without naming its date, or about a later meeting), and it must mention Ukraine (or
 * Zelensky, Kyiv), something specific to the summit (the reassurance force, the coalition of
 * the willing, the 26 countries, or a phrase such as "the Paris summit"), and at least three
 * such items in all. Trump, Putin, NATO or security guarantees alone never qualify a page.
 */
export function judgeRelevance(
  matches: readonly Match[],
  { dates, summitPhrases = 0 }: EventEvidence = {},
): Relevance {
  const reasons: string[] = [];
  for (const match of matches) {
    const id = match.id;
    const counts = UKRAINE_SIDE.has(id) || SUMMIT_SIDE.has(id) || CONTEXT.has(id);
    if (counts && !reasons.includes(id)) reasons.push(id);
  }
  const relevant =
    dates?.ruledOut === undefined &&
    reasons.some((id) => UKRAINE_SIDE.has(id)) &&
    (summitPhrases > 0 || reasons.some((id) => SUMMIT_SIDE.has(id))) &&
    reasons.length >= MIN_DISTINCT;
  return { relevant, reasons, ...(dates ? { dates } : {}) };
}
