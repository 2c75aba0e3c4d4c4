import type { MatcherData } from '../matching';
import type { Actor, Figure } from './schema';

/**
 * The subset of the dataset the content script ships: each actor's id, kind and aliases;
 * each figure's id, unit, value and identity (what it counts). Nothing else (no report text).
 */
export function toMatcherData(actors: readonly Actor[], figures: readonly Figure[]): MatcherData {
  return {
    actors: actors.map(({ id, kind, aliases }) => ({ id, kind, aliases })),
    figures: figures.map(({ id, unit, value, identity }) => ({ id, unit, value, ...identity })),
  };
}
