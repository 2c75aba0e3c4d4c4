import { isConsistent } from './consistent-value';
import { isWordChar } from './char-classes';
import type { FigureSentence, Span } from './figure-sentence';
import { fold } from './fold';
import type { FigureMatch, FigureRef, FigureStatus } from './types';

/** How a figure found in a text relates to the dataset. */
export interface FigureClass {
  status: FigureStatus;
  /** The dataset figure it agrees with or disputes; absent when unknown. */
  figureId?: string;
}

/** A figure found in a text, as classifying reads it. */
export type Classified = Pick<FigureMatch, 'unit' | 'value' | 'qualifier'> & {
  noun?: string;
  modifiers?: readonly string[];
};

/**
 * Says which of the dataset's figures a number found in a text states, by what it counts
 * and not by its value alone (see `FigureIdentity`):
 * - agrees: a figure of its unit whose identity fits (its noun, every cue group bound to
 *   the number within the sentence, no exclude bound to it) and whose value is consistent
 *   with it (see `isConsistent`). Modifiers do not matter here: "26 mostly European
 *   countries" that pledged are the 26;
 * - disputed: no such figure, but one whose identity fits strictly: no modifier it does not
 *   allow ("six European leaders" may be a part of the 35), and every cue within the
 *   number's own clause (no comma, colon, semicolon, bracket or dash between a cue and the
 *   number): the same quantity with another value. Dates are never disputed: another date in
 *   a sentence about a meeting is, in the news, another meeting; nor is a figure that only one
 *   report gives, approximately (`approximate`);
 * - unknown: otherwise (no verdict).
 * Among several that fit, the one with most cue words bound to the number (first on a tie).
 */
export function classifyFigure(
  match: Classified,
  sentence: FigureSentence,
  figureRefs: readonly FigureRef[],
): FigureClass {
  const candidates = figureRefs.filter((ref) => ref.unit === match.unit && countsAs(match, ref));
  const fitting = (strict: boolean) =>
    candidates
      .filter((ref) => !strict || onlyAllowedModifiers(match, ref))
      .map((ref) => ({ ref, score: identityScore(ref, sentence, strict) }))
      .filter(({ score }) => score > 0);
  const agreeing = fitting(false).filter(({ ref }) =>
    isConsistent(match.unit, match.qualifier, match.value, ref.value),
  );
  if (agreeing.length > 0) return { status: 'agrees', figureId: best(agreeing).id };
  if (match.unit === 'date') return { status: 'unknown' };
  const disputing = fitting(true).filter(({ ref }) => !ref.approximate);
  if (disputing.length > 0) return { status: 'disputed', figureId: best(disputing).id };
  return { status: 'unknown' };
}

// The dataset's words, folded once each: classifying runs for every figure of every page.
const foldedWords = new Map<string, string>();

function folded(word: string): string {
  let done = foldedWords.get(word);
  if (done === undefined) {
    done = fold(word);
    foldedWords.set(word, done);
  }
  return done;
}

function best(scored: readonly { ref: FigureRef; score: number }[]): FigureRef {
  return scored.reduce((a, b) => (b.score > a.score ? b : a)).ref;
}

/** Whether the number is read with one of the figure's nouns (any, if it names none). */
function countsAs(match: Classified, ref: FigureRef): boolean {
  return !ref.nouns || match.noun === undefined || ref.nouns.map(folded).includes(match.noun);
}

/** Whether every word between the number and its noun is one the figure allows. */
function onlyAllowedModifiers(match: Classified, ref: FigureRef): boolean {
  const allowed = new Set((ref.modifiers ?? []).map(folded));
  return (match.modifiers ?? []).every((word) => allowed.has(word));
}

/**
 * How many cue words bind to the figure, or 0 when a cue group has none or an exclude
 * binds. `clauseOnly`: a word binds only inside the number's clause.
 */
function identityScore(ref: FigureRef, sentence: FigureSentence, clauseOnly: boolean): number {
  const bound = (word: string) => boundCount(sentence, word, clauseOnly);
  if ((ref.excludes ?? []).some((word) => boundCount(sentence, word, true, true) > 0)) return 0;
  let score = 0;
  for (const group of ref.cues) {
    const hits = group.reduce((sum, word) => sum + bound(word), 0);
    if (hits === 0) return 0;
    score += hits;
  }
  return ref.cues.length === 0 ? 1 : score;
}

/**
 * Occurrences of `word` nearer to the figure than to any rival: at a word start, and when
 * `whole`, ending a word too ("not" is not "nothing").
 */
function boundCount(
  sentence: FigureSentence,
  word: string,
  clauseOnly: boolean,
  whole = false,
): number {
  const needle = folded(word);
  if (needle.length === 0) return 0;
  const { lower, span, rivals } = sentence;
  let count = 0;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) {
    if (at > 0 && isWordChar(lower.charCodeAt(at - 1))) continue;
    if (whole && isWordChar(lower.charCodeAt(at + needle.length))) continue;
    const cue: Span = [at, at + needle.length];
    const near = distance(lower, cue, span);
    if (rivals.some((rival) => distance(lower, cue, rival) < near)) continue;
    if (clauseOnly && crossesClause(lower, cue, span)) continue;
    count += 1;
  }
  return count;
}

/**
 * How far a cue is from a number: the characters between them, and farther than any number
 * of its own clause when a clause break lies between them.
 */
function distance(lower: string, cue: Span, number: Span): number {
  const gap = Math.max(0, cue[0] - number[1], number[0] - cue[1]);
  return crossesClause(lower, cue, number) ? gap + lower.length : gap;
}

// What ends a clause in folded text (the normaliser has made every dash a hyphen).
const CLAUSE_BREAK = /[,;:()[\]]| - /;

function crossesClause(lower: string, a: Span, b: Span): boolean {
  const [from, to] = a[0] < b[0] ? [a[1], b[0]] : [b[1], a[0]];
  return from < to && CLAUSE_BREAK.test(lower.slice(from, to));
}
