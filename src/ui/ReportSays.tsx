import type { Unit } from '../matching/types';
import type { ReportEvidence } from './item-detail-model';
import type { Translate } from '../i18n';
import { QUALIFIER_KEYS } from './labels';
import { MarkedText } from './MarkedText';
import { ReportName } from './ReportName';

const NUMBER = new Intl.NumberFormat();

export interface ReportSaysProps {
  evidence: ReportEvidence;
  /** The figure's unit, for a figure (dates are shown in the report's words only). */
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
              {unit !== 'date' && (
                <span class="value">{t(QUALIFIER_KEYS[s.qualifier], NUMBER.format(s.value))}</span>
              )}
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
