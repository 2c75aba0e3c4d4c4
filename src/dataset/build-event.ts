import type { SummitEvent } from '../matching/matcher-data';
import type { CuratedEvent } from './curated-types';
import { DatasetError } from './dataset-error';
import { curatedFile } from './read-curated';
import type { Figure } from './schema';

const GROUPS = ['ukraine', 'summit', 'context'] as const;

/**
 * The event of event.json, checked: one entry; its date a figure of the dataset that is a
 * whole date (yyyymmdd, day and month known); each item an actor or figure of the dataset,
 * in one group only. A fault is a DatasetError naming the entry and the id.
 */
export function buildEvent(
  curated: readonly CuratedEvent[],
  actorIds: ReadonlySet<string>,
  figures: readonly Figure[],
): Omit<SummitEvent, 'gate'> {
  const file = curatedFile('event');
  const [entry, ...more] = curated;
  if (entry === undefined || more.length > 0) {
    throw new DatasetError(file, '-', `must hold one event, holds ${curated.length}`);
  }
  const fail = (reason: string): never => {
    throw new DatasetError(file, `entry 0 (id "${entry.id}")`, reason);
  };
  const date = figures.find((figure) => figure.id === entry.date);
  if (date === undefined) fail(`"date": "${entry.date}" is no figure of the dataset`);
  const { unit, value } = date!;
  if (unit !== 'date' || value < 1e7 || value % 100 === 0 || Math.floor(value / 100) % 100 === 0) {
    fail(`"date": figure "${entry.date}" is not a whole date (yyyymmdd): ${unit} ${value}`);
  }
  const figureIds = new Set(figures.map((figure) => figure.id));
  const groupOf = new Map<string, string>();
  for (const group of GROUPS) {
    for (const id of entry[group]) {
      if (!actorIds.has(id) && !figureIds.has(id)) {
        fail(`"${group}": "${id}" is no actor or figure of the dataset`);
      }
      const other = groupOf.get(id);
      if (other !== undefined) fail(`"${group}": "${id}" is in "${other}" already`);
      groupOf.set(id, group);
    }
  }
  return { date: value, ukraine: entry.ukraine, summit: entry.summit, context: entry.context };
}
