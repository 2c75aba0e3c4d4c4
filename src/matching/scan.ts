import { classifyFigure } from './classify-figure';
import { createActorFinder } from './find-actors';
import { findFigures, type FigureFound } from './find-figures';
import { mergeMatches } from './merge-matches';
import { normalize } from './normalize';
import { sentenceAround } from './sentences';
import type { FigureMatch, FigureRef, Match, MatcherData } from './types';

/** Finds every actor and figure of the dataset in a text. Callable, or through `.scan`. */
export interface Scanner {
  (text: string): Match[];
  scan(text: string): Match[];
}

/**
 * Builds the matcher for `data` once (the alias automaton; O(total alias length)) and
 * returns a scanner. `scan(text)` returns actor and figure matches sorted by start,
 * non-overlapping (an overlapping actor and figure: the longer wins, the actor on a tie),
 * offsets into `text`. Each scan is O(n + matches): one normalisation pass, one automaton
 * pass, one figure pass; each figure is classified against its sentence (see
 * `classifyFigure`). Pure: the scanner keeps no state between scans.
 */
export function createScanner(data: MatcherData): Scanner {
  const findActors = createActorFinder(data.actors);
  const scan = (text: string): Match[] => {
    const norm = normalize(text);
    const figures = findFigures(norm).map((found) => toFigureMatch(found, text, data.figures));
    return mergeMatches(findActors(norm), figures);
  };
  return Object.assign(scan, { scan });
}

/** Classifies a found figure against `figures` in the sentence around it. */
export function toFigureMatch(
  found: FigureFound,
  text: string,
  figures: readonly FigureRef[],
): FigureMatch {
  const [from, to] = sentenceAround(text, found.start, found.end);
  const { status, figureId } = classifyFigure(found, text.slice(from, to), figures);
  const id = figureId ?? `figure:${found.unit}:${found.value}`;
  return { kind: 'figure', ...found, id, status, ...(figureId === undefined ? {} : { figureId }) };
}
