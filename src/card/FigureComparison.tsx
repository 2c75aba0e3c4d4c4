import type { ItemCard } from '../dataset/item-card';
import { groupValues } from '../figure/figure-groups';
import { FigureLead } from '../figure/FigureLead';
import type { FigureStatus, Qualifier } from '../matching/types';
import type { Translate } from '../i18n';

/** Props of FigureComparison. */
export interface FigureComparisonProps {
  t: Translate;
  /** The figure as this page gives it. */
  page: { text: string; value?: number; qualifier?: Qualifier; status?: FigureStatus };
  /** The dataset's figure, when the page's number is one the reports state. */
  figure?: ItemCard['figure'];
  /** Reports in the dataset. */
  reportTotal: number;
}

/**
 * A page's figure next to the reports', verdict first (FigureLead): both values on one line,
 * whether they match, then each value the reports give with how many give it. A figure the
 * reports do not state says so.
 */
export function FigureComparison({ t, page, figure, reportTotal }: FigureComparisonProps) {
  const reports = figure?.reports ?? [];
  const sources = new Map(reports.map((r) => [r.reportId, r.source]));
  const groups = groupValues(
    reports.flatMap((r) => r.statements.map((s) => ({ ...s, reportId: r.reportId }))),
  );
  return (
    <FigureLead
      t={t}
      unit={figure?.unit ?? 'countries'}
      groups={groups}
      reportTotal={reportTotal}
      sourceOf={(id) => sources.get(id) ?? id}
      page={{
        value: figure ? page.value : undefined,
        qualifier: page.qualifier,
        status: page.status ?? 'unknown',
      }}
    />
  );
}
