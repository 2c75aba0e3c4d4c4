import type { Dataset } from '../dataset/schema';
import { commonItemsNotOnPage, datasetItems, reportCounts } from './report-coverage';
import { buildSearchIndex, searchDataset, type SearchEntry } from './search-dataset';

/** Items mentioned by at least this many reports are listed when a page leaves them out. */
export const COMMON_MIN_REPORTS = 3;

/** What the popup derives from the dataset once: items, report counts, the lookup (lazily). */
export function popupData(dataset: Dataset) {
  const items = datasetItems(dataset);
  const counts = reportCounts(dataset);
  // Built at the first lookup, not before the popup's first paint.
  let index: ReturnType<typeof buildSearchIndex> | undefined;
  return {
    dataset,
    items,
    /** Ranked lookup over the whole dataset. */
    search: (query: string): SearchEntry[] =>
      searchDataset((index ??= buildSearchIndex(dataset)), query),
    /** Widely reported items missing from a page's item ids. */
    notOnPage: (pageIds: ReadonlySet<string>) =>
      commonItemsNotOnPage(items, counts, pageIds, COMMON_MIN_REPORTS),
  };
}

/** The popup's view of the dataset. */
export type PopupData = ReturnType<typeof popupData>;
