import { fold } from '../matching/fold';
import type { CuratedActor } from './curated-types';
import { DatasetError } from './dataset-error';
import type { Locate } from './locate';
import { curatedFile } from './read-curated';
import type { Actor } from './schema';

/**
 * Checks the actors and returns them as the dataset gives them. Aliases are compared the
 * way the engine folds them (accents, curly quotes and case ignored): an alias claimed by
 * two actors is an error (the engine would silently give it to the first), and so is an
 * alias repeated within one actor. Each description's source passage must be in its report.
 */
export function buildActors(curated: readonly CuratedActor[], locate: Locate): Actor[] {
  const file = curatedFile('actors');
  const owners = new Map<string, string>();
  return curated.map((actor, i) => {
    const label = `entry ${i} (id "${actor.id}")`;
    locate(file, `${label} source`, actor.source);
    for (const alias of actor.aliases) {
      const key = fold(alias);
      const owner = owners.get(key);
      if (owner === actor.id) {
        throw new DatasetError(file, label, `alias "${alias}" repeats another alias of it`);
      }
      if (owner !== undefined) {
        throw new DatasetError(file, label, `alias "${alias}" is already claimed by "${owner}"`);
      }
      owners.set(key, actor.id);
    }
    const { id, kind, name, aliases, description } = actor;
    return { id, kind, name, aliases, description };
  });
}
