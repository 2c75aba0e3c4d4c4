import type { Report } from '../dataset/schema';
import { reportRef } from './item-detail-model';
import type { Translate } from '../i18n';
import { ReportName } from './ReportName';

export interface ReportListProps {
  reports: readonly Report[];
  onSelect: (reportId: string) => void;
  t: Translate;
}

/** The five reports by source, date and headline (never by file name). */
export function ReportList({ reports, onSelect, t }: ReportListProps) {
  return (
    <section aria-labelledby="reports-heading">
      <h2 id="reports-heading">{t('reportsHeading')}</h2>
      <ul class="report-list">
        {reports.map((report) => (
          <li key={report.id}>
            <button type="button" class="row report-row" onClick={() => onSelect(report.id)}>
              <ReportName report={reportRef(report)} withDate />
              {report.headline !== undefined && <span class="headline">{report.headline}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
