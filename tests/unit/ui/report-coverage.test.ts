import dataset from 'virtual:summit-dataset';
import { describe, expect, it } from 'vitest';
import { commonItemsNotOnPage, datasetItems, reportCounts } from '@/src/ui/report-coverage';

const items = datasetItems(dataset);
const counts = reportCounts(dataset);

describe('report coverage', () => {
  it('counts the reports that mention, quote or state an item', () => {
    expect(counts.get('mark-rutte')).toBe(3);
    expect(counts.get('countries-committed')).toBe(5);
    expect(counts.get('leaders-attending')).toBe(1);
  });

  it('lists items at least three reports mention, leaving out those on the page', () => {
    const all = commonItemsNotOnPage(items, counts, new Set());
    expect(all.map((item) => item.id)).toContain('volodymyr-zelensky');
    expect(all.every((item) => (counts.get(item.id) ?? 0) >= 3)).toBe(true);
    const page = new Set(['volodymyr-zelensky', 'countries-committed']);
    const missing = commonItemsNotOnPage(items, counts, page).map((item) => item.id);
    expect(missing).not.toContain('volodymyr-zelensky');
    expect(missing).not.toContain('countries-committed');
    expect(missing.length).toBe(all.length - 2);
  });
});
