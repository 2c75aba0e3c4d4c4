import type { PageItem } from '../messaging/page-summary';
import { BackButton } from './BackButton';
import { Disagreements } from './Disagreements';
import { FigureVerdict } from './FigureVerdict';
import type { ItemDetailModel } from './item-detail-model';
import type { Translate } from '../i18n';
import { KIND_ONE_KEYS } from '../kind-labels';
import { ReportSays } from './ReportSays';
import { useFocusOnMount } from './use-focus-on-mount';

export interface ItemDetailProps {
  model: ItemDetailModel;
  /** The item as the page gives it, when the page mentions it. */
  pageItem?: PageItem;
  t: Translate;
  onBack: () => void;
}

/** One actor or figure cross-referenced across the reports. */
export function ItemDetail({ model, pageItem, t, onBack }: ItemDetailProps) {
  const { item } = model;
  const heading = useFocusOnMount<HTMLHeadingElement>(item.id);
  return (
    <article class="item-detail" aria-labelledby="detail-name">
      <BackButton t={t} onBack={onBack} />
      <h2 id="detail-name" tabIndex={-1} ref={heading}>
        {item.name}
      </h2>
      <p class="kind">{t(KIND_ONE_KEYS[item.kind])}</p>
      {item.description && (
        <p class="description" lang="en">
          {item.description}
        </p>
      )}
      <p class="report-count">
        {t('detailInReports', [String(model.reports.length), String(model.reportTotal)])}
      </p>
      <FigureVerdict model={model} pageItem={pageItem} t={t} />
      <section aria-labelledby="detail-reports">
        <h3 id="detail-reports">{t('detailWhatReportsSay')}</h3>
        <ul class="reports-say">
          {model.reports.map((evidence) => (
            <ReportSays
              key={evidence.report.id}
              evidence={evidence}
              unit={model.figure?.unit}
              t={t}
            />
          ))}
        </ul>
      </section>
      <Disagreements disagreements={model.disagreements} t={t} />
    </article>
  );
}
