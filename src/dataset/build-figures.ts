import type { CuratedFigure } from './curated-types';
import type { Locate } from './locate';
import { curatedFile } from './read-curated';
import type { Figure, FigureStatement, Report } from './schema';

/**
 * Locates every statement of every figure in its report and says whether the reports
 * agree. Statements come out in report order (the order of `reports`), then by offset.
 */
export function buildFigures(
  curated: readonly CuratedFigure[],
  reports: readonly Report[],
  locate: Locate,
): Figure[] {
  const file = curatedFile('figures');
  const order = new Map(reports.map((report, i) => [report.id, i]));
  return curated.map((figure, i) => {
    const statements: FigureStatement[] = figure.statements
      .map(({ value, qualifier, ...citation }, j) => {
        const at = locate(file, `entry ${i} (id "${figure.id}") statements[${j}]`, citation);
        return { ...at, value, qualifier };
      })
      .sort(
        (a, b) => (order.get(a.reportId) ?? 0) - (order.get(b.reportId) ?? 0) || a.start - b.start,
      );
    const { id, counts, unit, value, identity } = figure;
    return { id, counts, unit, value, identity, statements, agreement: agreement(statements) };
  });
}

/** `single` when one report states it; `agree` when all statements say the same; else `differ`. */
export function agreement(statements: readonly FigureStatement[]): Figure['agreement'] {
  const reports = new Set(statements.map((s) => s.reportId));
  const said = new Set(statements.map((s) => `${s.value} ${s.qualifier}`));
  if (said.size > 1) return 'differ';
  return reports.size > 1 ? 'agree' : 'single';
}
