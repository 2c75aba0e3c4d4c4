import { describe, expect, it } from 'vitest';
import { tabIdFromQuery } from '@/src/ui/tab-id-from-query';

describe('tabIdFromQuery', () => {
  it.each([
    ['?tabId=12', 12],
    ['?tabId=0', 0],
    ['?x=1&tabId=7', 7],
    ['', undefined],
    ['?tabId=', undefined],
    ['?tabId=-1', undefined],
    ['?tabId=1.5', undefined],
    ['?tabId=12abc', undefined],
    ['?tabId=%3Cscript%3E', undefined],
  ])('%s -> %s', (search, expected) => {
    expect(tabIdFromQuery(search)).toBe(expected);
  });
});
