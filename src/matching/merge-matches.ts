import type { ActorMatch, FigureMatch, Match } from './types';

/**
 * Merges actor and figure matches, each list already sorted by start and non-overlapping,
 * into one such list. Where an actor and a figure overlap, the longer wins and an equal
 * length goes to the actor ("3,350 ERAM long-range missiles" outweighs an "ERAM" actor; a
 * figure can never split a name it is no longer than). O(a + f).
 */
export function mergeMatches(
  actors: readonly ActorMatch[],
  figures: readonly FigureMatch[],
): Match[] {
  const merged: Match[] = [];
  let a = 0;
  let f = 0;
  while (a < actors.length || f < figures.length) {
    const actor = actors[a];
    const figure = figures[f];
    if (figure === undefined || (actor !== undefined && actor.end <= figure.start)) {
      if (actor !== undefined) merged.push(actor);
      a++;
    } else if (actor === undefined || figure.end <= actor.start) {
      merged.push(figure);
      f++;
    } else if (figure.end - figure.start > actor.end - actor.start) {
      a++;
    } else {
      f++;
    }
  }
  return merged;
}
