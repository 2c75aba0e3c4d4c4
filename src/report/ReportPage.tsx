import type { Report } from '../dataset/schema';
import { reportRef } from '../ui/item-detail-model';
import type { Translate } from '../i18n';
import { ReportName } from '../ui/ReportName';
import { reportBlocks } from './report-blocks';

export interface ReportPageProps {
  /** The report to show; undefined: the page was given an unknown id. */
  report: Report | undefined;
  t: Translate;
}

/**
 * One report on an extension page of its own (`report.html?id=…`): its source, date and
 * headline, then its text (reportBlocks): its own section headings as headings, the rest as
 * paragraphs, which the page then highlights.
 */
export function ReportPage({ report, t }: ReportPageProps) {
  if (!report) return <p role="status">{t('reportNotFound')}</p>;
  return (
    <article class="report-page" aria-labelledby="report-name">
      <header>
        <h1 id="report-name">
          <ReportName report={reportRef(report)} withDate />
        </h1>
        {report.headline !== undefined && (
          <p class="headline" lang="en">
            {report.headline}
          </p>
        )}
      </header>
      <div class="report-body" lang="en">
        {reportBlocks(report).map((block, i) =>
          block.kind === 'heading' ? <h2 key={i}>{block.text}</h2> : <p key={i}>{block.text}</p>,
        )}
      </div>
    </article>
  );
}
