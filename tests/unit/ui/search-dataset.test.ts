import dataset from 'virtual:summit-dataset';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, foldedWords, searchDataset } from '@/src/ui/search-dataset';

const index = buildSearchIndex(dataset);
const ids = (query: string) => searchDataset(index, query).map((hit) => hit.id);

describe('searchDataset', () => {
  it.each([
    ['zelenskiy', 'volodymyr-zelensky'],
    ['kremlin spokesman', 'dmitry-peskov'],
    ['elysee', 'elysee-palace'],
    ['gref', 'german-gref'],
    ['ÉLYSÉE', 'elysee-palace'],
    ['zel', 'volodymyr-zelensky'],
    ['vol zel', 'volodymyr-zelensky'],
    ['  Peskov  ', 'dmitry-peskov'],
    ['26 countries', 'countries-committed'],
  ])('%j finds %s first', (query, id) => {
    expect(ids(query)[0]).toBe(id);
  });

  it('finds an actor by the words of a quotation it speaks', () => {
    expect(ids('too powerful')).toContain('mark-rutte');
  });

  it('ranks name and alias hits before description and quotation hits', () => {
    const hits = searchDataset(index, 'putin', 100).map((hit) => hit.id);
    expect(hits[0]).toBe('vladimir-putin');
    expect(hits.indexOf('vladimir-putin')).toBeLessThan(hits.indexOf('mark-rutte'));
  });

  it.each(['', '   ', '—', 'qqqzzz'])('finds nothing for %j', (query) => {
    expect(ids(query)).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(searchDataset(index, 'a', 3).length).toBeLessThanOrEqual(3);
  });

  it('every hit holds every query word as a word prefix (property)', () => {
    const words = [...new Set(index.flatMap((entry) => entry.fields.flat()))];
    fc.assert(
      fc.property(fc.constantFrom(...words), fc.nat(4), (word, cut) => {
        const term = word.slice(0, Math.max(1, word.length - cut));
        const hits = searchDataset(index, term, 100);
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits)
          expect(hit.fields.flat().some((w) => w.startsWith(term))).toBe(true);
      }),
    );
  });
});

describe('foldedWords', () => {
  it.each([
    ['Élysée', ['elysee']],
    ['ZELENSKIY', ['zelenskiy']],
    ['Kyïv', ['kyiv']],
    ['Selen\u00adskyj', ['selenskyj']],
  ])('%s -> %j', (text, words) => expect(foldedWords(text)).toEqual(words));

  it('splits words on punctuation', () => {
    expect(foldedWords('Ukraine’s “Reassurance Force”')).toEqual([
      'ukraine',
      's',
      'reassurance',
      'force',
    ]);
  });
});
