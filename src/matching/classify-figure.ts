import { isConsistent } from './consistent-value';
import { isWordChar } from './char-classes';
import { normalize } from './normalize';
import type { FigureMatch, FigureRef, FigureStatus } from './types';

/** How a figure found in a text relates to the dataset. */
export interface FigureClass {
  status: FigureStatus;
  /** The dataset figure it agrees with or disputes; absent when unknown. */
  figureId?: string;
}

/**
 * Compares a figure found in a text with the dataset's figures of the same unit:
 * - agrees: a figure's value is consistent with it (see `isConsistent`); among several,
 *   the one with most of its `context` words in `context` (first on a tie);
 * - disputed: no value is consistent, and a figure is about the same thing: its context
 *   words appear in `context` (most hits wins), or it is the unit's only figure. Dates are
 *   never disputed by that last rule: two different dates are usually two events;
 * - unknown: otherwise, and for units the dataset has no figure of.
 * `context` is the text around the figure, e.g. its sentence; context words match at a
 * word start, case- and accent-insensitively ("commit" matches "committed").
 */
export function classifyFigure(
  match: Pick<FigureMatch, 'unit' | 'value' | 'qualifier'>,
  context: string,
  figureRefs: readonly FigureRef[],
): FigureClass {
  const candidates = figureRefs.filter((ref) => ref.unit === match.unit);
  const folded = normalize(context).lower;
  const hits = (ref: FigureRef) => ref.context.filter((word) => mentions(folded, word)).length;
  const agreeing = candidates.filter((ref) =>
    isConsistent(match.unit, match.qualifier, match.value, ref.value),
  );
  if (agreeing.length > 0) return { status: 'agrees', figureId: mostHits(agreeing, hits).id };
  const related = candidates.filter((ref) => hits(ref) > 0);
  if (related.length > 0) return { status: 'disputed', figureId: mostHits(related, hits).id };
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined && match.unit !== 'date') {
    return { status: 'disputed', figureId: only.id };
  }
  return { status: 'unknown' };
}

function mostHits(refs: readonly FigureRef[], hits: (ref: FigureRef) => number): FigureRef {
  return refs.reduce((best, ref) => (hits(ref) > hits(best) ? ref : best));
}

/** True when `word` starts a word of `folded` (both folded to lowercase). */
function mentions(folded: string, word: string): boolean {
  const needle = normalize(word).lower.trim();
  if (needle.length === 0) return false;
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
    if (at === 0 || !isWordChar(folded.charCodeAt(at - 1))) return true;
  }
  return false;
}
