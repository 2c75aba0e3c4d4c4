import type { Unit } from '../matching/types';
import type { ReportEvidence } from './item-detail-model';
import type { Translate } from '../i18n';
import { qualifiedValue } from '../figure/figure-words';
import { MarkedText } from './MarkedText';
import { ReportName } from './ReportName';

export interface ReportSaysProps {
  evidence: ReportEvidence;
  /** The figure's unit, for a figure. */
  unit?: Unit;
  t: Translate;
}

/** What one report says about an item: its wording of a figure, quotations, sentences. */
export function ReportSays({ evidence, unit, t }: ReportSaysProps) {
  return (
    <li class="report-says">
      <h4>
        <ReportName report={evidence.report} />
      </h4>
      {evidence.statements.length > 0 && (
        <ul class="statements">
          {evidence.statements.map((s, i) => (
            <li key={i}>
              <q class="wording">{s.text}</q>
              {unit && <span class="value">{qualifiedValue(t, s.value, unit, s.qualifier)}</span>}
            </li>
          ))}
        </ul>
      )}
      {evidence.quotes.map((quote) => (
        <blockquote key={quote.id} class="quote">
          <p>{quote.text}</p>
          <cite>{quote.speaker}</cite>
        </blockquote>
      ))}
      <ul class="passages">
        {evidence.passages.map((passage) => (
          <li key={passage.sentence}>
            <MarkedText pieces={passage.pieces} />
          </li>
        ))}
      </ul>
    </li>
  );
}
