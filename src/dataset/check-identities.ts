import { createScanner, type MatcherData } from '../matching';
import { curatedFile } from './read-curated';
import { DatasetError } from './dataset-error';
import type { Figure, Report } from './schema';

/**
 * Checks every figure's identity against the report sentences that state it: the engine,
 * reading each report as it would read a page, must find each statement as a figure that
 * agrees with its own figure. A statement read as another figure, as a dispute, or not read
 * at all throws a DatasetError naming each such statement and what was read instead.
 */
export function checkIdentities(
  figures: readonly Figure[],
  reports: readonly Report[],
  matcherData: MatcherData,
): void {
  const scanner = createScanner(matcherData);
  const found = new Map(reports.map((report) => [report.id, scanner(report.text)]));
  const misread: string[] = [];
  let first = -1;
  figures.forEach((figure, i) => {
    for (const statement of figure.statements) {
      const read = (found.get(statement.reportId) ?? []).find(
        (match) =>
          match.kind === 'figure' && match.start < statement.end && match.end > statement.start,
      );
      const got =
        read?.kind !== 'figure'
          ? 'no figure'
          : read.figureId === figure.id && read.status === 'agrees'
            ? undefined
            : `${read.status} ${read.figureId ?? 'no figure'}`;
      if (got === undefined) continue;
      if (first < 0) first = i;
      misread.push(`"${statement.text}" in ${statement.reportId} as ${figure.id} (read: ${got})`);
    }
  });
  if (misread.length > 0) {
    throw new DatasetError(
      curatedFile('figures'),
      `entry ${first} (id "${figures[first]?.id}")`,
      `the identities do not read ${misread.join('; ')}`,
    );
  }
}
