import { describe, expect, it } from 'vitest';
import { collectText } from '@/src/dom/collect-text';
import type { Piece } from '@/src/highlight/plan-pieces';
import { SEGMENT_CHARS, segmentsOf } from '@/src/highlight/wrapped/mark-nodes';
import {
  actor,
  at,
  expectRestored,
  highlightMatches,
  mentionTexts,
  pieces,
  render,
  snapshot,
} from './support';

const piece = (start: number, end: number): Piece =>
  ({ start, end, mention: 0, first: true }) as Piece;

describe('segmentsOf', () => {
  it('keeps a short node whole', () => {
    const segments = segmentsOf([piece(0, 5), piece(10, 15)], 100);
    expect(segments.map((s) => [s.start, s.pieces.length])).toEqual([[0, 2]]);
  });

  it('cuts a long node at the start of a piece, never inside one', () => {
    const all = [piece(5, 9), piece(50, 60), piece(95, 130), piece(131, 140), piece(400, 410)];
    const segments = segmentsOf(all, 40);
    expect(segments.map((s) => s.start)).toEqual([0, 50, 95, 400]);
    expect(segments.flatMap((s) => s.pieces)).toEqual(all);
    for (const s of segments)
      for (const p of s.pieces) expect(p.start).toBeGreaterThanOrEqual(s.start);
  });
});

describe('a long text node', () => {
  // Far longer than a segment, with a mention every ~300 characters.
  const filler = 'and then the talks went on for a while. '.repeat(7);
  const html = `<p>${`${filler}Zelensky met Macron. `.repeat(Math.ceil((SEGMENT_CHARS * 6) / 300))}</p>`;

  it('has every mention wrapped whole, and undo gives back the one node and its data', () => {
    const body = render(html);
    const before = snapshot(body);
    const collected = collectText(body);
    const count = collected.text.split('Zelensky').length - 1;
    const matches = [];
    for (let i = 0; i < count; i++) {
      matches.push(actor('person', 'zelensky', at(collected, 'Zelensky', i)));
      matches.push(actor('person', 'macron', at(collected, 'Macron', i)));
    }
    const undo = highlightMatches(collected, matches);
    expect(pieces(body)).toHaveLength(2 * count);
    expect(new Set(mentionTexts(body))).toEqual(new Set(['Zelensky', 'Macron']));
    expect(body.textContent).toBe(before.copy.textContent);
    undo();
    expectRestored(body, before);
    expect(body.firstChild!.childNodes).toHaveLength(1);
  });
});
