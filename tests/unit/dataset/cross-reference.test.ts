import { describe, expect, it } from 'vitest';
import {
  actorCrossReference,
  disagreementsAbout,
  figureCrossReference,
} from '../../../src/dataset/cross-reference';
import { realDataset } from './real-dataset';

const { dataset } = await realDataset();

describe('cross-references', () => {
  it('gives, per report, the sentences naming an actor and its quotes', () => {
    const rutte = actorCrossReference(dataset, 'mark-rutte');
    expect(rutte.map((r) => [r.reportId, r.quotes.map((q) => q.id)])).toEqual([
      ['dated-2025-09-04', []],
      ['post-news', ['post-news-rutte-too-strong']],
      ['unsigned', ['unsigned-rutte-too-powerful']],
    ]);
    for (const entry of rutte) {
      expect(entry.sentences.length).toBeGreaterThan(0);
      expect(entry.sentences).toEqual([...new Set(entry.sentences)].sort((a, b) => a - b));
    }
  });

  it('lists a speaker who is quoted but never named in the report', () => {
    const germany = actorCrossReference(dataset, 'germany').find(
      (r) => r.reportId === 'islamabad-paris',
    );
    expect(germany?.quotes.map((q) => q.id)).toEqual([
      'islamabad-paris-germany-framework-conditions',
    ]);
  });

  it('leaves out reports that say nothing of an actor', () => {
    expect(actorCrossReference(dataset, 'france')).toEqual([]);
  });

  it.each([
    ['countries-committed', 'differ', 5],
    ['aid-workers-killed', 'agree', 2],
    ['eram-price', 'single', 1],
  ])('says whether the reports agree on %s: %s, over %d report(s)', (id, agreement, reports) => {
    const figure = figureCrossReference(dataset, id);
    expect(figure?.agreement).toBe(agreement);
    expect(figure?.reports.length).toBe(reports);
  });

  it('knows no unknown figure', () => {
    expect(figureCrossReference(dataset, 'nope')).toBeUndefined();
  });

  it('finds the disagreements about an item', () => {
    expect(disagreementsAbout(dataset, 'volodymyr-zelensky').map((d) => d.id)).toEqual([
      'zelensky-first-step-wording',
      'zelensky-spelling',
    ]);
  });
});
