import { DatasetError } from './dataset-error';
import { Fields } from './fields';

/**
 * Reads a curated file that is a list of entries with ids: each entry through `read`, then
 * checks the ids are unique and the list is sorted by id (plain code-unit order), so the
 * files diff cleanly and stay easy to search.
 */
export function readEntries<T extends { id: string }>(
  file: string,
  value: unknown,
  read: (fields: Fields) => T,
): T[] {
  if (!Array.isArray(value)) throw new DatasetError(file, '-', 'expected a list of entries');
  const entries = value.map((item, i) => {
    const fields = Fields.of(file, `entry ${i}`, item);
    const entry = read(fields);
    fields.done();
    return entry;
  });
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const label = `entry ${i} (id "${entry.id}")`;
    if (seen.has(entry.id)) throw new DatasetError(file, label, `duplicate id "${entry.id}"`);
    seen.add(entry.id);
    const previous = entries[i - 1];
    if (previous !== undefined && previous.id > entry.id) {
      throw new DatasetError(file, label, `not sorted by id: "${entry.id}" after "${previous.id}"`);
    }
  });
  return entries;
}
