import type { Match } from '../matching';

const HEADERS = ['kind', 'id', 'text', 'offset', 'status'] as const;

/**
 * Lays out matches as a plain-text table, one row per match in the given order: kind, id,
 * the matched text (line breaks shown as spaces), start offset, and for figures their
 * status (agrees, disputed, unknown). Columns are padded to their widest cell.
 */
export function formatMatchTable(matches: readonly Match[]): string {
  const rows = matches.map((m) => [
    m.kind,
    m.id,
    m.text.replace(/\s+/g, ' '),
    String(m.start),
    m.kind === 'figure' ? m.status : '',
  ]);
  const widths = HEADERS.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  return [[...HEADERS], ...rows]
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
