import { findQuotations } from '../matching';
import type { Ignored } from './resolve-ignore';
import type { Dataset, FurnitureKind, Span } from './schema';

/** Something in a report the dataset should account for. */
export interface Token extends Span {
  kind: 'name' | 'number' | 'quotation';
  text: string;
}

// A capitalised word (not one continuing a word, as the D of "McDonald" would).
const NAME = /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}]*/gu;
// A numeral, or a number word as a whole word (ordinals do not state a count).
const NUMBER =
  /(?<![\p{L}\p{N}])(?:\d+(?:[.,]\d+)*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|half))(?![\p{L}\p{N}])/giu;

// Furniture whose every word is accounted for by being furniture.
const COVERING: readonly FurnitureKind[] = ['credit', 'link', 'sign-off', 'date'];

/** Every capitalised word and every number (numeral or number word) in `text`. */
export function findTokens(text: string, reportId: string): Token[] {
  const tokens: Token[] = [];
  for (const [kind, pattern] of [
    ['name', NAME],
    ['number', NUMBER],
  ] as const) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      tokens.push({ kind, reportId, start, end: start + match[0].length, text: match[0] });
    }
  }
  return tokens.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The tokens of the reports that the dataset does not account for: capitalised words and
 * numbers outside every mention, figure statement, covering furniture (credits, links,
 * sign-offs, the date line) and ignored passage, and not an ignored word; and quotations
 * (as the engine finds them) that no curated quote overlaps and no ignored passage holds.
 * Empty when nothing is silently missed.
 */
export function findUncovered(dataset: Dataset, ignored: Ignored): Token[] {
  return dataset.reports.flatMap((report) => {
    const own = <T extends Span>(spans: readonly T[]) =>
      spans.filter((span) => span.reportId === report.id);
    const covers: Span[] = [
      ...own(dataset.mentions),
      ...own(dataset.figures.flatMap((figure) => figure.statements)),
      ...own(ignored.passages),
      ...report.furniture
        .filter((f) => COVERING.includes(f.kind))
        .map((f) => ({ ...f, reportId: report.id })),
    ];
    const inside = (t: Span) => covers.some((c) => c.start <= t.start && t.end <= c.end);
    const words = findTokens(report.text, report.id).filter(
      (t) => !ignored.words.has(t.text) && !inside(t),
    );
    const quotes = own(dataset.quotes);
    const quotations = findQuotations(report.text)
      .map((q): Token => ({ ...q, kind: 'quotation', reportId: report.id }))
      .filter(
        (q) =>
          !quotes.some((c) => c.start < q.end && q.start < c.end) &&
          !own(ignored.passages).some((p) => p.start <= q.start && q.end <= p.end),
      );
    return [...words, ...quotations].sort((a, b) => a.start - b.start);
  });
}
