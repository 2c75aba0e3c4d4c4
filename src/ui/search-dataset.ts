import { fold } from '../matching/fold';
import type { ItemKind } from '../matching/types';
import type { Dataset } from '../dataset/schema';

/** One actor or figure as the lookup sees it: folded words by field, best field first. */
export interface SearchEntry {
  id: string;
  kind: ItemKind;
  name: string;
  /** The name and aliases, folded, their words joined by single spaces. */
  labels: readonly string[];
  /** Words of the name and aliases, of the description, of the item's quotations. */
  fields: readonly [readonly string[], readonly string[], readonly string[]];
}

/** The words (letters and digits) of a text, folded as the engine folds a page (`fold`). */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

const label = (text: string) => foldedWords(text).join(' ');

/**
 * The lookup index of a dataset: actors by name, aliases, description and the quotations
 * they speak; figures by what they count and each report's wording.
 */
export function buildSearchIndex(
  dataset: Pick<Dataset, 'actors' | 'figures' | 'quotes'>,
): SearchEntry[] {
  const actors = dataset.actors.map((actor): SearchEntry => {
    const quotes = dataset.quotes.filter((quote) => quote.speakerId === actor.id);
    return {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      labels: [actor.name, ...actor.aliases].map(label),
      fields: [
        foldedWords([actor.name, ...actor.aliases].join(' ')),
        foldedWords(actor.description),
        foldedWords(quotes.map((quote) => quote.text).join(' ')),
      ],
    };
  });
  const figures = dataset.figures.map((figure): SearchEntry => ({
    id: figure.id,
    kind: 'figure',
    name: figure.counts,
    labels: [label(figure.counts)],
    fields: [
      foldedWords(figure.counts),
      foldedWords(figure.statements.map((statement) => statement.text).join(' ')),
      [],
    ],
  }));
  return [...actors, ...figures];
}

/**
 * The entries matching every word of `query` as a word prefix, case and diacritics aside.
 * Ranked by the best field all words match in (name or alias, then description, then
 * quotations), then by fit (a name or alias equal to the query, one starting with it, the
 * query words in a row in some field, the rest), then shorter names first. An empty query
 * finds nothing.
 */
export function searchDataset(
  index: readonly SearchEntry[],
  query: string,
  limit = 8,
): SearchEntry[] {
  const terms = foldedWords(query);
  if (terms.length === 0) return [];
  const ranked = index.flatMap((entry) => {
    const tier = matchTier(entry, terms);
    if (tier === undefined) return [];
    return [{ entry, tier, fit: fitOf(entry, terms), length: entry.labels[0]?.length ?? 0 }];
  });
  ranked.sort(
    (a, b) =>
      a.tier - b.tier ||
      a.fit - b.fit ||
      a.length - b.length ||
      a.entry.name.localeCompare(b.entry.name),
  );
  return ranked.slice(0, limit).map((hit) => hit.entry);
}

/** How closely an entry fits the terms: 0 (best) to 3. */
function fitOf(entry: SearchEntry, terms: readonly string[]): number {
  const folded = terms.join(' ');
  if (entry.labels.includes(folded)) return 0;
  if (entry.labels.some((l) => l.startsWith(folded))) return 1;
  const inRow = (words: readonly string[]) =>
    words.some((_, at) => terms.every((term, i) => words[at + i]?.startsWith(term)));
  return entry.fields.some(inRow) ? 2 : 3;
}

/** The first tier whose words, with all tiers before it, cover every term. */
function matchTier(entry: SearchEntry, terms: readonly string[]): number | undefined {
  const words: string[] = [];
  for (const [tier, field] of entry.fields.entries()) {
    words.push(...field);
    if (terms.every((term) => words.some((word) => word.startsWith(term)))) return tier;
  }
  return undefined;
}
