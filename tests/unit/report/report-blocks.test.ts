import { describe, expect, it } from 'vitest';
import { reportBlocks } from '@/src/report/report-blocks';
import type { Furniture } from '@/src/dataset/schema';

/** Furniture of `kind` over the first occurrence of `words` in `text`. */
function at(text: string, kind: Furniture['kind'], words: string): Furniture {
  const start = text.indexOf(words);
  return { kind, start, end: start + words.length };
}

describe('reportBlocks', () => {
  it('makes headings of heading lines, leaves the headline out, cuts a date line’s words', () => {
    const text = 'Big Headline\n date 2025-09-04 Leaders met.\nA Section\nThey spoke.\n';
    const furniture = [
      at(text, 'headline', 'Big Headline'),
      at(text, 'date', 'date 2025-09-04'),
      at(text, 'heading', 'A Section'),
    ];
    expect(reportBlocks({ text, furniture })).toEqual([
      { kind: 'paragraph', text: 'Leaders met.' },
      { kind: 'heading', text: 'A Section' },
      { kind: 'paragraph', text: 'They spoke.' },
    ]);
  });

  it('keeps a line that only contains a heading’s words as a paragraph', () => {
    const text = 'They said A Section matters.\n';
    const furniture = [at(text, 'heading', 'A Section')];
    expect(reportBlocks({ text, furniture })).toEqual([
      { kind: 'paragraph', text: 'They said A Section matters.' },
    ]);
  });
});
