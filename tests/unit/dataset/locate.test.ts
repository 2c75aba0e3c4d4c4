import { describe, expect, it } from 'vitest';
import { DatasetError } from '../../../src/dataset/dataset-error';
import { createLocator } from '../../../src/dataset/locate';
import type { Report } from '../../../src/dataset/schema';
import { sentenceIndex } from '../../../src/dataset/sentence-index';

const text = 'One said yes. Two said yes. Three said no.';
const report: Report = {
  id: 'r',
  file: 'r.txt',
  source: 'R',
  text,
  sentences: [
    [0, 13],
    [14, 27],
    [28, 42],
  ],
  furniture: [],
};
const locate = createLocator([report]);

describe('createLocator', () => {
  it.each([
    [{ excerpt: 'Three said' }, 28, 2],
    [{ excerpt: 'yes', within: 'Two said yes' }, 23, 1],
    [{ excerpt: 'One said yes. Two' }, 0, 0],
  ])('finds %j at %d, in sentence %d', (citation, start, sentence) => {
    const found = locate('f.json', 'e', { reportId: 'r', ...citation });
    expect(found).toEqual({
      reportId: 'r',
      start,
      end: start + citation.excerpt.length,
      text: citation.excerpt,
      sentence,
    });
  });

  it.each([
    [{ reportId: 'r', excerpt: 'maybe' }, /excerpt "maybe" is not in report "r"/],
    [{ reportId: 'r', excerpt: 'said yes' }, /occurs 2 times/],
    [{ reportId: 'r', excerpt: 'no', within: 'said' }, /within "said" occurs 3 times/],
    [{ reportId: 'r', excerpt: 'One', within: 'Two said' }, /excerpt "One" is not in report/],
    [{ reportId: 'x', excerpt: 'One' }, /unknown report "x"/],
  ])('rejects %j', (citation, reason) => {
    expect(() => locate('f.json', 'e', citation)).toThrow(DatasetError);
    expect(() => locate('f.json', 'e', citation)).toThrow(reason);
  });
});

describe('sentenceIndex', () => {
  it.each([
    [0, 0],
    [12, 0],
    [13, 0],
    [14, 1],
    [41, 2],
    [99, 2],
  ])('puts offset %d in sentence %d', (offset, index) => {
    expect(sentenceIndex(report.sentences, offset)).toBe(index);
  });

  it('puts every offset in the last sentence starting at or before it', () => {
    for (let offset = 0; offset < text.length; offset++) {
      const index = sentenceIndex(report.sentences, offset);
      expect(report.sentences[index]?.[0]).toBeLessThanOrEqual(offset);
      expect(report.sentences[index + 1]?.[0] ?? Infinity).toBeGreaterThan(offset);
    }
  });
});
