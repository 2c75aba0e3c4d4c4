import { describe, expect, it } from 'vitest';
import matcherData from 'virtual:summit-matcher';
import { summitPhrases } from '@/src/reading/summit-phrases';
import { summitPattern } from '@/src/matching/summit-pattern';

// The English pack's phrases, as the matcher data ships them.
const ENGLISH = summitPattern(matcherData.languages!.find((each) => each.lang === 'en')!.summit);

describe('summitPhrases', () => {
  it.each([
    ['a video call at a Paris summit', 1],
    ['the summit in Paris on Thursday', 1],
    ["the Élysée meeting on Ukraine's security", 1],
    ['talks at the Elysee', 1],
    ["Paris's summit", 1],
    ['Paris Saint-Germain won the summit of the league', 0],
    ['a summit in Alaska', 0],
  ])('%s: %i', (text, count) => {
    expect(summitPhrases(text, ENGLISH)).toHaveLength(count);
  });
});
