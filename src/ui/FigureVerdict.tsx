import { groupValues } from '../figure/figure-groups';
import { FigureLead } from '../figure/FigureLead';
import type { PageItem } from '../messaging/page-summary';
import type { Translate } from '../i18n';
import type { ItemDetailModel } from './item-detail-model';

export interface FigureVerdictProps {
  model: ItemDetailModel;
  /** The page's own statement of the figure, when the page gives one. */
  pageItem?: PageItem;
  t: Translate;
}

/** A figure's detail, verdict first: the page's value and the reports', grouped (FigureLead). */
export function FigureVerdict({ model, pageItem, t }: FigureVerdictProps) {
  const { figure } = model;
  if (!figure) return null;
  const sources = new Map(model.reports.map(({ report }) => [report.id, report.source]));
  const groups = groupValues(
    model.reports.flatMap(({ report, statements }) =>
      statements.map((s) => ({ ...s, reportId: report.id })),
    ),
  );
  const page =
    pageItem?.value !== undefined && pageItem.status !== undefined
      ? { value: pageItem.value, qualifier: pageItem.qualifier, status: pageItem.status }
      : undefined;
  return (
    <>
      <FigureLead
        t={t}
        unit={figure.unit}
        groups={groups}
        reportTotal={model.reportTotal}
        sourceOf={(id) => sources.get(id) ?? id}
        page={page}
      />
      {pageItem?.text !== undefined && (
        <p class="page-words">{t('figurePageWords', pageItem.text)}</p>
      )}
    </>
  );
}
