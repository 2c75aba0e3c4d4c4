/** The median of the defined numbers, or undefined when there are none. */
export function median(values: readonly (number | undefined)[]): number | undefined {
  const sorted = values.filter((v): v is number => v !== undefined && Number.isFinite(v));
  sorted.sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The largest of the defined numbers. */
export function max(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((v): v is number => v !== undefined);
  return defined.length ? Math.max(...defined) : undefined;
}

/** Formats ms for the table: `0.84`, `12.3`, `1234`. */
export function fmtMs(ms: number | undefined): string {
  if (ms === undefined) return '–';
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return ms.toFixed(0);
}

/** Formats a ratio: `1.8×`, `230×`; a lower bound gets a `>`. */
export function fmtRatio(ratio: number | undefined, lowerBound = false): string {
  if (ratio === undefined) return '–';
  const text = ratio < 10 ? ratio.toFixed(2) : ratio.toFixed(0);
  return `${lowerBound ? '>' : ''}${text}×`;
}
