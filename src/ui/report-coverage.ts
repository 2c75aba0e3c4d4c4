import type { ItemKind } from '../matching/types';
import type { Dataset } from '../dataset/schema';

/** An actor or figure of the dataset, as lists show it. */
export interface DatasetItem {
  id: string;
  kind: ItemKind;
  /** The actor's name, or what the figure counts. */
  name: string;
  /** The actor's one-line description; empty for figures. */
  description: string;
}

/** Every actor and figure of the dataset, by id. */
export function datasetItems(
  dataset: Pick<Dataset, 'actors' | 'figures'>,
): Map<string, DatasetItem> {
  const actors = dataset.actors.map(({ id, kind, name, description }): DatasetItem => ({
    id,
    kind,
    name,
    description,
  }));
  const figures = dataset.figures.map(({ id, counts }): DatasetItem => ({
    id,
    kind: 'figure',
    name: counts,
    description: '',
  }));
  return new Map([...actors, ...figures].map((item) => [item.id, item]));
}

/** For each item id, how many reports mention it, quote it or state it. */
export function reportCounts(dataset: Dataset): Map<string, number> {
  const seen = new Map<string, Set<string>>();
  const add = (itemId: string, reportId: string) =>
    seen.set(itemId, (seen.get(itemId) ?? new Set()).add(reportId));
  for (const mention of dataset.mentions) add(mention.itemId, mention.reportId);
  for (const quote of dataset.quotes) add(quote.speakerId, quote.reportId);
  for (const figure of dataset.figures) {
    for (const statement of figure.statements) add(figure.id, statement.reportId);
  }
  return new Map([...seen].map(([id, reports]) => [id, reports.size]));
}

/**
 * The actors and figures that at least `minReports` reports mention and the page does not,
 * most widely reported first, then by name.
 */
export function commonItemsNotOnPage(
  items: ReadonlyMap<string, DatasetItem>,
  counts: ReadonlyMap<string, number>,
  pageIds: ReadonlySet<string>,
  minReports = 3,
): DatasetItem[] {
  return [...items.values()]
    .filter((item) => !pageIds.has(item.id) && (counts.get(item.id) ?? 0) >= minReports)
    .sort(
      (a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name),
    );
}
