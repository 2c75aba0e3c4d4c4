import type { CuratedDisagreement } from './curated-types';
import { DatasetError } from './dataset-error';
import type { Locate } from './locate';
import { curatedFile } from './read-curated';
import type { Disagreement } from './schema';

/**
 * Locates both (or all) sides of each disagreement and checks what it concerns exists. A
 * disagreement is between reports, so its sides must come from at least two; a `spelling`
 * one may have a single side, a report spelling a name unlike the name's own form.
 */
export function buildDisagreements(
  curated: readonly CuratedDisagreement[],
  itemIds: ReadonlySet<string>,
  locate: Locate,
): Disagreement[] {
  const file = curatedFile('disagreements');
  return curated.map((entry, i) => {
    const label = `entry ${i} (id "${entry.id}")`;
    const unknown = entry.itemIds.filter((id) => !itemIds.has(id));
    if (unknown.length > 0) {
      throw new DatasetError(file, label, `unknown actor or figure id(s): ${unknown.join(', ')}`);
    }
    const sides = entry.sides.map((side, j) => locate(file, `${label} sides[${j}]`, side));
    const reports = new Set(sides.map((side) => side.reportId));
    if (entry.kind !== 'spelling' && reports.size < 2) {
      throw new DatasetError(file, label, 'a disagreement needs sides from at least two reports');
    }
    const { id, kind, itemIds: ids, summary } = entry;
    return { id, kind, itemIds: ids, summary, sides };
  });
}
