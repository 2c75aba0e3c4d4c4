import { describe, expect, it } from 'vitest';
import { findFigures, findQuotations, normalize } from '../../../src/matching';
import { ENGLISH_READING } from '../support/english';
import { realDataset } from './real-dataset';

const { dataset } = await realDataset();
const textOf = (reportId: string) => dataset.reports.find((r) => r.id === reportId)?.text ?? '';

const statements = dataset.figures.flatMap((figure) =>
  figure.statements.map((s) => [`${figure.id} in ${s.reportId}: ${s.text}`, s] as const),
);

describe('curation and engine agree', () => {
  it.each(statements)('the engine reads %s the same way', (_, statement) => {
    const found = findFigures(normalize(textOf(statement.reportId)), ENGLISH_READING).find(
      (f) => f.start === statement.start,
    );
    expect(found).toMatchObject({
      end: statement.end,
      value: statement.value,
      qualifier: statement.qualifier,
    });
  });

  it.each(dataset.quotes.map((q) => [q.id, q] as const))(
    'quote %s is a quotation the engine finds',
    (_, quote) => {
      const spans = findQuotations(textOf(quote.reportId)).map((q) => [q.start, q.end]);
      expect(spans).toContainEqual([quote.start, quote.end]);
    },
  );

  it('gives every mention its text and a sentence that holds it', () => {
    for (const m of dataset.mentions) {
      const report = dataset.reports.find((r) => r.id === m.reportId);
      const [start, end] = report?.sentences[m.sentence] ?? [0, 0];
      expect(report?.text.slice(m.start, m.end)).toBe(m.text);
      expect(start <= m.start && m.end <= end).toBe(true);
    }
  });

  it('keeps mentions sorted by report, then offset', () => {
    const order = dataset.reports.map((r) => r.id);
    const keys = dataset.mentions.map((m) => [order.indexOf(m.reportId), m.start]);
    const sorted = [...keys].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0));
    expect(keys).toEqual(sorted);
  });
});
