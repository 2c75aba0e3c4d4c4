import { uiLocale } from '../i18n';
import type { ReportRef } from './item-detail-model';

const DATE = new Intl.DateTimeFormat(uiLocale(), { dateStyle: 'medium', timeZone: 'UTC' });

/**
 * A report as readers know it: its short source name ("AFP", "Unsigned report"), and with
 * `withDate` its date where the text gives one (the report list and the report page; in a
 * detail the name alone keeps every report's line even).
 */
export function ReportName({
  report,
  withDate = false,
}: {
  report: ReportRef;
  withDate?: boolean;
}) {
  return (
    <span class="report-name">
      <span class="report-source">{report.source}</span>
      {withDate && report.date !== undefined && (
        <time class="report-date" dateTime={report.date}>
          {DATE.format(new Date(`${report.date}T00:00:00Z`))}
        </time>
      )}
    </span>
  );
}
