import type { Report } from '../dataset/schema';
import { reportRef } from './item-detail-model';
import type { Translate } from '../i18n';
import { ReportName } from './ReportName';

export interface ReportPageProps {
  /** The report to show; undefined: the page was given an unknown id. */
  report: Report | undefined;
  t: Translate;
}

/**
 * One report on an extension page of its own (`report.html?id=…`): its source, date and
 * headline, then its text as plain paragraphs, which the page then highlights.
 */
export function ReportPage({ report, t }: ReportPageProps) {
  if (!report) return <p role="status">{t('reportNotFound')}</p>;
  const paragraphs = report.text.split(/\n+/).filter((line) => line.trim() !== '');
  return (
    <article class="report-page" aria-labelledby="report-name">
      <header>
        <h1 id="report-name">
          <ReportName report={reportRef(report)} withDate />
        </h1>
        {report.headline !== undefined && <p class="headline">{report.headline}</p>}
      </header>
      <div class="report-body">
        {paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </article>
  );
}
