import type { SummitEvent } from '../matching/matcher-data';
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
 * Whether the document's title or body text passes `gate`: the packs' `gate` stems, which the
 * build makes a RegExp of (`virtual:summit-gate` for the content script, `ukraineGate` of the
 * matcher data's event for the highlighter).
 */
export function namesUkraine(doc: Document, gate: RegExp): boolean {
  const light = doc.body?.textContent ?? '';
  if (gate.test(doc.title + ' ' + light)) return true;
  // A page whose story lives in open shadow roots has little text of its own: only then are
  // its shadow trees read, so an ordinary page pays nothing more.
  return light.length < SHADOW_PAGE_CHARS && doc.body !== null && shadowNames(doc.body, gate);
}

/** Light text below which a page may hold its story in shadow roots. */
const SHADOW_PAGE_CHARS = 2_000;

/** Most elements looked at for open shadow roots, so no page can make the test costly. */
const SHADOW_ELEMENTS = 5_000;

/** Whether the text of an open shadow root under `root`, nested ones included, passes `gate`. */
function shadowNames(root: Node, gate: RegExp, budget = { left: SHADOW_ELEMENTS }): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT,
  );
  for (let node = walker.nextNode(); node && budget.left-- > 0; node = walker.nextNode()) {
    const shadow = (node as Element).shadowRoot;
    if (shadow && (gate.test(shadow.textContent ?? '') || shadowNames(shadow, gate, budget))) {
      return true;
    }
  }
  return false;
}

const gates = new WeakMap<Pick<SummitEvent, 'gate'>, RegExp>();

/** The gate of `event` (its `gate` source, in any case), compiled once per event. */
export function ukraineGate(event: Pick<SummitEvent, 'gate'>): RegExp {
  let gate = gates.get(event);
  if (gate === undefined) {
    gate = new RegExp(event.gate, 'i');
    gates.set(event, gate);
  }
  return gate;
}

/** Distinct summit-related items a page needs, at least one from each side above. */
const MIN_DISTINCT = 3;

/**
 * Decides from a story's matches and its event evidence whether the page is about the
 * summit: its dates must not rule it out (event-dates.ts: published before it, long after it
 * without naming its date, or about a later meeting), and it must mention one of `event`'s
 * `ukraine` items (Ukraine, Zelensky, Kyiv), one of its `summit` items (the reassurance force,
 * the coalition of the willing, the 26 countries) or a phrase such as "the Paris summit", and
 * at least three such items in all, `context` items included (curated/event.json). Trump,
 * Putin, NATO or security guarantees alone never qualify a page.
 */
export function judgeRelevance(
  matches: readonly Match[],
  event: Pick<SummitEvent, 'ukraine' | 'summit' | 'context'>,
  { dates, summitPhrases = 0 }: EventEvidence = {},
): Relevance {
  const reasons: string[] = [];
  const counted = new Set([...event.ukraine, ...event.summit, ...event.context]);
  for (const match of matches) {
    const id = match.id;
    if (counted.has(id) && !reasons.includes(id)) reasons.push(id);
  }
  const relevant =
    dates?.ruledOut === undefined &&
    reasons.some((id) => event.ukraine.includes(id)) &&
    (summitPhrases > 0 || reasons.some((id) => event.summit.includes(id))) &&
    reasons.length >= MIN_DISTINCT;
  return { relevant, reasons, ...(dates ? { dates } : {}) };
}
