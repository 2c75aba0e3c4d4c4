import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageResult } from './check-page';

/** The table row of one page: page, marks, ms, result (and its problems or notes). */
export function formatRow(result: PageResult, width: number): string {
  const verdict = result.problems.length === 0 ? 'pass' : 'FAIL';
  const detail = result.problems.length > 0 ? result.problems : result.notes;
  const row = [
    result.file.padEnd(width),
    String(result.marks).padStart(6),
    String(result.ms).padStart(6),
    verdict,
  ].join('  ');
  return detail.length > 0 ? `${row}  ${detail.join('; ')}` : row;
}

/** The header of the table, aligned with formatRow. */
export function formatHeader(width: number): string {
  return ['page'.padEnd(width), ' marks', '    ms', 'result'].join('  ');
}

/** The closing line: exactly `N passed, M failed`. */
export function summaryLine(results: readonly PageResult[]): string {
  const failed = results.filter((r) => r.problems.length > 0).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

/** Writes the counts and every page's verdict as JSON to `file` (folders created). */
export function writeJson(file: string, dir: string, results: readonly PageResult[]): void {
  const failed = results.filter((r) => r.problems.length > 0).length;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const report = {
    dir,
    passed: results.length - failed,
    failed,
    skipped: false,
    pages: results,
  };
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}

/** Writes the JSON of a skipped run (no folder): zero counts and `skipped: true`. */
export function writeSkippedJson(file: string, dir: string | undefined): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const report = { dir: dir ?? null, passed: 0, failed: 0, skipped: true, pages: [] };
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}
