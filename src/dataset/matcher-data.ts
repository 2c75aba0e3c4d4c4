import type { LanguageData, MatcherData, SummitEvent } from '../matching';
import type { Actor, Figure } from './schema';

/**
 * The subset of the dataset the content script ships: each actor's id, kind and aliases;
 * each figure's id, unit, value and identity (what it counts), and whether only one report gives
 * it, approximately ("about", "nearly": not a bound such as "more than"); the language packs,
 * compiled; the event a page is judged about. Nothing else (no report text).
 */
export function toMatcherData(
  actors: readonly Actor[],
  figures: readonly Figure[],
  languages: readonly LanguageData[],
  event: SummitEvent,
): MatcherData {
  return {
    actors: actors.map(({ id, kind, aliases }) => ({ id, kind, aliases })),
    figures: figures.map(({ id, unit, value, identity, agreement, statements }) => ({
      id,
      unit,
      value,
      ...identity,
      ...(agreement === 'single' &&
      statements.every((s) => s.qualifier === 'about' || s.qualifier === 'nearly')
        ? { approximate: true }
        : {}),
    })),
    languages,
    event,
  };
}
