import { describe, expect, it } from 'vitest';
import { findTokens, findUncovered } from '../../../src/dataset/coverage';
import { realDataset } from './real-dataset';

const { dataset, ignored } = await realDataset();

describe('findTokens', () => {
  it.each([
    ['Macron met Xi.', ['name:Macron', 'name:Xi']],
    ['More than 26 countries', ['name:More', 'number:26']],
    ['Twenty-six nations', ['name:Twenty', 'number:Twenty', 'number:six']],
    ['3,350 missiles for $825 million', ['number:3,350', 'number:825', 'number:million']],
    ['the first such step', []],
    ['McDonald’s', ['name:McDonald']],
    ['Élysée Palace', ['name:Élysée', 'name:Palace']],
    ['someone, twofold', []],
  ])('finds in %j: %j', (text, expected) => {
    expect(findTokens(text, 'r').map((t) => `${t.kind}:${t.text}`)).toEqual(expected);
  });
});

describe('coverage of the reports', () => {
  it('accounts for every capitalised name, number and quotation', () => {
    const uncovered = findUncovered(dataset, ignored).map(
      (t) => `${t.reportId}@${t.start} ${t.kind} ${JSON.stringify(t.text)}`,
    );
    expect(uncovered).toEqual([]);
  });

  it.each([
    ['a name, when an actor is dropped', 'sberbank', 'Sberbank'],
    ['a number, when a figure is dropped', 'eram-price', '825'],
  ])('misses %s', (_, itemId, text) => {
    const without = {
      ...dataset,
      mentions: dataset.mentions.filter((m) => m.itemId !== itemId),
      figures: dataset.figures.filter((f) => f.id !== itemId),
    };
    expect(findUncovered(without, ignored).map((t) => t.text)).toContain(text);
  });

  it('misses a quotation when its attribution is dropped', () => {
    const without = {
      ...dataset,
      quotes: dataset.quotes.filter((q) => q.id !== 'post-news-merz-war-criminal'),
    };
    expect(findUncovered(without, ignored).map((t) => t.kind)).toEqual(['quotation']);
  });

  it('misses a word when it comes off the ignore list', () => {
    const words = new Map(ignored.words);
    words.delete('Thursday');
    expect(findUncovered(dataset, { ...ignored, words }).map((t) => t.text)).toEqual([
      'Thursday',
      'Thursday',
      'Thursday',
    ]);
  });
});
