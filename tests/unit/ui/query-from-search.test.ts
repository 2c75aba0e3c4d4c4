import { describe, expect, it } from 'vitest';
import { itemFromSearch, MAX_QUERY_LENGTH, queryFromSearch } from '@/src/ui/query-from-search';

describe('queryFromSearch', () => {
  it.each([
    ['?q=gref', 'gref'],
    ['?tabId=3&q=German%20Gref', 'German Gref'],
    ['?q=%20%20Macron%0A', 'Macron'],
    ['?q=Emmanuel%0A%0A%20Macron', 'Emmanuel Macron'],
    ['?q=%3Cb%3Ex%3C%2Fb%3E', '<b>x</b>'],
    ['?q=', undefined],
    ['?q=%20%20', undefined],
    ['', undefined],
    ['?tabId=3', undefined],
  ])('%s -> %j', (search, expected) => {
    expect(queryFromSearch(search)).toBe(expected);
  });

  it('caps the query at MAX_QUERY_LENGTH characters, without trailing space', () => {
    const long = `${'a'.repeat(MAX_QUERY_LENGTH - 1)} ${'b'.repeat(50)}`;
    const query = queryFromSearch(`?q=${encodeURIComponent(long)}`)!;
    expect(query).toBe('a'.repeat(MAX_QUERY_LENGTH - 1));
    for (const n of [1, 99, 100, 101, 500]) {
      const capped = queryFromSearch(`?q=${'x'.repeat(n)}`)!;
      expect(capped.length).toBe(Math.min(n, MAX_QUERY_LENGTH));
    }
  });
});

describe('itemFromSearch', () => {
  it.each([
    ['?tabId=3&item=mark-rutte', 'mark-rutte'],
    ['?item=', undefined],
    ['', undefined],
  ])('%s -> %j', (search, expected) => {
    expect(itemFromSearch(search)).toBe(expected);
  });
});
