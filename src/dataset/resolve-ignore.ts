import type { CuratedIgnore } from './curated-types';
import { DatasetError } from './dataset-error';
import type { Locate, Located } from './locate';
import { curatedFile } from './read-curated';

/** The ignore list, located: words by text, passages by span; each keeps its entry id. */
export interface Ignored {
  /** Ignored word -> id of the ignore entry that lists it. */
  words: ReadonlyMap<string, string>;
  passages: readonly (Located & { ignoreId: string })[];
}

/**
 * Locates every ignored passage (each must be in its report, like any curated excerpt) and
 * indexes the ignored words. A word listed by two entries is an error: its reason would be
 * ambiguous.
 */
export function resolveIgnore(entries: readonly CuratedIgnore[], locate: Locate): Ignored {
  const file = curatedFile('ignore');
  const words = new Map<string, string>();
  const passages = entries.flatMap((entry, i) => {
    const label = `entry ${i} (id "${entry.id}")`;
    for (const word of entry.words) {
      const other = words.get(word);
      if (other !== undefined) {
        throw new DatasetError(file, label, `word "${word}" is already ignored by "${other}"`);
      }
      words.set(word, entry.id);
    }
    return entry.passages.map((passage, j) => ({
      ...locate(file, `${label} passages[${j}]`, passage),
      ignoreId: entry.id,
    }));
  });
  return { words, passages };
}
