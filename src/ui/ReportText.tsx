import type { Report } from '../dataset/schema';
import { BackButton } from './BackButton';
import { reportRef } from './item-detail-model';
import type { Translate } from './labels';
import { ReportName } from './ReportName';
import { useFocusOnMount } from './use-focus-on-mount';

export interface ReportTextProps {
  report: Report;
  t: Translate;
  onBack: () => void;
}

/** One report's text, as plain paragraphs (no highlights yet). */
export function ReportText({ report, t, onBack }: ReportTextProps) {
  const heading = useFocusOnMount<HTMLHeadingElement>(report.id);
  const paragraphs = report.text.split(/\n+/).filter((line) => line.trim() !== '');
  return (
    <article class="report-text" aria-labelledby="report-name">
      <BackButton t={t} onBack={onBack} />
      <h2 id="report-name" tabIndex={-1} ref={heading}>
        <ReportName report={reportRef(report)} />
      </h2>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </article>
  );
}
