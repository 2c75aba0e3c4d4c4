import { classifyFigure } from './classify-figure';
import { createActorFinder } from './find-actors';
import { findFigures, type FigureFound } from './find-figures';
import { mergeMatches } from './merge-matches';
import { normalize } from './normalize';
import { figureSentence } from './figure-sentence';
import type { FigureMatch, FigureRef, Match, MatcherData } from './types';

/** Finds every actor and figure of the dataset in a text. Callable, or through `.scan`. */
export interface Scanner {
  (text: string): Match[];
  scan(text: string): Match[];
}

/** How a scanner reads its texts. */
export interface ScannerOptions {
  /** Drop figures with no verdict (see `isShown`). */
  shownOnly?: boolean;
  /**
   * Whether a line break ends a sentence: yes in plain text (the reports), no in a web
   * page's collected text, where line breaks are the HTML source's whitespace.
   */
  lineBreaks?: boolean;
}

/**
 * Builds the matcher for `data` once (the alias automaton; O(total alias length)) and
 * returns a scanner. `scan(text)` returns actor and figure matches sorted by start,
 * non-overlapping (an overlapping actor and figure: the longer wins, the actor on a tie),
 * offsets into `text`. Each scan is O(n + matches): one normalisation pass, one automaton
 * pass, one figure pass; each figure is classified against its sentence (see
 * `classifyFigure`). With `shownOnly`, figures with no verdict are dropped before merging
 * (see `isShown`), so they never hide an actor they overlap. Pure: the scanner keeps no
 * state between scans.
 */
export function createScanner(
  data: MatcherData,
  { shownOnly = false, lineBreaks = true }: ScannerOptions = {},
): Scanner {
  const findActors = createActorFinder(data.actors);
  const scan = (text: string): Match[] => {
    const norm = normalize(text);
    const found = findFigures(norm);
    const all = found.map((figure) => toFigureMatch(figure, text, data.figures, found, lineBreaks));
    const figures = shownOnly ? all.filter(isShown) : all;
    return mergeMatches(findActors(norm), figures);
  };
  return Object.assign(scan, { scan });
}

/**
 * Whether a match is shown to readers: every actor, and the figures the engine could tell
 * for one of the dataset's (agreeing or disputed). A number it could not attribute has no
 * verdict and nothing in the reports to trace it to, so it is not highlighted or listed.
 */
export function isShown(match: Match): boolean {
  return match.kind !== 'figure' || match.status !== 'unknown';
}

/**
 * Classifies a found figure against `figures` in the sentence around it, where `others`
 * (the figures found in `text`) are the numbers its cue words might bind to instead;
 * `lineBreaks` as for `ScannerOptions`.
 */
export function toFigureMatch(
  found: FigureFound,
  text: string,
  figures: readonly FigureRef[],
  others: readonly FigureFound[] = [found],
  lineBreaks = true,
): FigureMatch {
  const sentence = figureSentence(text, found, others, lineBreaks);
  const { status, figureId } = classifyFigure(found, sentence, figures);
  const id = figureId ?? `figure:${found.unit}:${found.value}`;
  const { start, end, text: said, value, unit, qualifier } = found;
  const figure = { kind: 'figure' as const, start, end, text: said, value, unit, qualifier };
  return { ...figure, id, status, ...(figureId === undefined ? {} : { figureId }) };
}
