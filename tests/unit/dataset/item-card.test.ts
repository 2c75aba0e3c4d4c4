import { describe, expect, it } from 'vitest';
import { actorCrossReference } from '../../../src/dataset/cross-reference';
import { itemCard } from '../../../src/dataset/item-card';
import { realDataset } from './real-dataset';

const { dataset } = await realDataset();

describe('itemCard', () => {
  it('gives each report’s wording and value of the 26 countries', () => {
    const card = itemCard(dataset, 'countries-committed');
    expect(card).toMatchObject({
      kind: 'figure',
      name: 'countries committed to the reassurance force',
      description: '',
      reportCount: 5,
      reportTotal: 5,
      figure: { unit: 'countries', value: 26, agreement: 'differ' },
    });
    const wording = Object.fromEntries(
      card!.figure!.reports.map((r) => [r.source, r.statements.map((s) => `${s.text}=${s.value}`)]),
    );
    expect(wording).toEqual({
      AFP: ['More than two dozen countries=24', '26 nations=26'],
      '4 September report': ['over two dozen countries=24', '26 countries=26'],
      'Islamabad/Paris report': ['26 Nations=26', 'over two dozen countries=24', '26 countries=26'],
      'The Post News': ['26 nations=26', 'Twenty-six nations=26', '26 countries=26'],
      'Unsigned report': ['More than 26 countries=26', '26 countries=26'],
    });
  });

  it('says Zelensky is in 5 of 5 reports, with his description', () => {
    expect(itemCard(dataset, 'volodymyr-zelensky')).toEqual({
      id: 'volodymyr-zelensky',
      kind: 'person',
      name: 'Volodymyr Zelensky',
      description: 'Ukrainian President',
      reportCount: 5,
      reportTotal: 5,
    });
  });

  it.each(['figure:countries:31', 'nobody', ''])('has no card for unknown id %j', (id) => {
    expect(itemCard(dataset, id)).toBeUndefined();
  });

  it('counts, for every actor, the reports that mention or quote it', () => {
    for (const actor of dataset.actors) {
      const card = itemCard(dataset, actor.id)!;
      expect(card.reportCount).toBe(actorCrossReference(dataset, actor.id).length);
      expect(card.reportCount).toBeLessThanOrEqual(card.reportTotal);
      expect(card.figure).toBeUndefined();
    }
  });

  it('names every report of a figure by its source and never repeats a wording in one', () => {
    const sources = new Set(dataset.reports.map((r) => r.source));
    for (const figure of dataset.figures) {
      const card = itemCard(dataset, figure.id)!;
      expect(card.reportCount).toBe(card.figure!.reports.length);
      for (const report of card.figure!.reports) {
        expect(sources.has(report.source)).toBe(true);
        const keys = report.statements.map((s) => `${s.value} ${s.text}`);
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });
});
