import type { Report } from '../dataset/schema';

/** A block of a report as its page shows it: a heading of its own, or a paragraph. */
export interface ReportBlock {
  kind: 'heading' | 'paragraph';
  text: string;
}

/**
 * A report's text as blocks for its page, by its furniture: a line that is one of the
 * report's section headings becomes a heading; the headline's line is left out (the page's
 * header shows it); a `date` line's words ("date 2025-09-04") are metadata, not reporting,
 * and are cut from the line they open. Every other line is a paragraph, as printed.
 */
export function reportBlocks(report: Pick<Report, 'text' | 'furniture'>): ReportBlock[] {
  const { text, furniture } = report;
  const blocks: ReportBlock[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    const start = line.index;
    const end = start + line[0].length;
    const inside = furniture.filter((f) => f.start >= start && f.end <= end);
    const whole = (kind: string) =>
      inside.some(
        (f) =>
          f.kind === kind && text.slice(start, end).trim() === text.slice(f.start, f.end).trim(),
      );
    if (whole('headline')) continue;
    if (whole('heading')) {
      blocks.push({ kind: 'heading', text: line[0].trim() });
      continue;
    }
    let kept = line[0];
    for (const date of inside.filter((f) => f.kind === 'date').sort((a, b) => b.start - a.start)) {
      kept = kept.slice(0, date.start - start) + kept.slice(date.end - start);
    }
    if (kept.trim() !== '') blocks.push({ kind: 'paragraph', text: kept.trim() });
  }
  return blocks;
}
