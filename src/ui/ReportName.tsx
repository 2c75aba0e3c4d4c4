import type { ReportRef } from './item-detail-model';
import { useLocale } from './locale';

/** The date format of each locale asked for (undefined: the runtime's default). */
const dateFormats = new Map<string | undefined, Intl.DateTimeFormat>();

function dateFormat(locale: string | undefined): Intl.DateTimeFormat {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format;
}

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
  const locale = useLocale();
  return (
    <span class="report-name">
      <span class="report-source">{report.source}</span>
      {withDate && report.date !== undefined && (
        <time class="report-date" dateTime={report.date}>
          {dateFormat(locale).format(new Date(`${report.date}T00:00:00Z`))}
        </time>
      )}
    </span>
  );
}
