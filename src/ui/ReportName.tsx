import type { ReportRef } from './item-detail-model';

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** A report as readers know it: its source, and its date where the text gives one. */
export function ReportName({ report }: { report: ReportRef }) {
  return (
    <span class="report-name">
      <span class="report-source">{report.source}</span>
      {report.date !== undefined && (
        <time class="report-date" dateTime={report.date}>
          {DATE.format(new Date(`${report.date}T00:00:00Z`))}
        </time>
      )}
    </span>
  );
}
