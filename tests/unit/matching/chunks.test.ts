import { describe, expect, it } from 'vitest';
import { chunkEnds, scanChunk } from '@/src/matching/chunks';
import { createScanner } from '@/src/matching/scan';
import { BLOCK_SEPARATOR } from '@/src/dom/collect-text';
import { realDataset } from '../dataset/real-dataset';

describe('chunkEnds', () => {
  it('cuts just after the first separator at or past each size', () => {
    expect(chunkEnds('aaa|bb|c|dddd|e', 3, '|')).toEqual([4, 7, 14, 15]);
  });

  it('keeps a text without separators whole, and gives nothing for nothing', () => {
    expect(chunkEnds('abcdef', 2, '|')).toEqual([6]);
    expect(chunkEnds('', 2, '|')).toEqual([]);
  });

  it('covers the text exactly, in order, whatever the size', () => {
    const text = 'x|'.repeat(50) + 'tail';
    for (const size of [1, 2, 7, 64, 1000]) {
      const ends = chunkEnds(text, size, '|');
      expect(ends.at(-1)).toBe(text.length);
      expect(ends.every((end, i) => i === 0 || end > ends[i - 1]!)).toBe(true);
    }
  });
});

describe('scanning in pieces', () => {
  it.each([40, 200, 2000])(
    'finds exactly what one scan finds (pieces of %i chars)',
    async (size) => {
      const built = await realDataset();
      const scanner = createScanner(built.matcherData);
      // The reports as a page gives them: one block per line.
      const pages = built.dataset.reports.map((r) => r.text.split('\n').join(BLOCK_SEPARATOR));
      for (const text of pages) {
        const whole = scanner.scan(text);
        let from = 0;
        const pieced = chunkEnds(text, size, BLOCK_SEPARATOR).flatMap((end) => {
          const found = scanChunk(scanner.scan, text, from, end);
          from = end;
          return found;
        });
        expect(pieced).toEqual(whole);
        expect(whole.length).toBeGreaterThan(20);
      }
    },
  );
});
