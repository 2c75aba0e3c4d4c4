import { useState } from 'preact/hooks';
import type { Unit } from '../matching/types';
import type { ReportEvidence } from './item-detail-model';
import type { Translate } from '../i18n';
import { qualifiedValue } from '../figure/figure-words';
import { useLocale } from './locale';
import { MarkedText } from './MarkedText';
import { MoreButton } from './MoreButton';
import { ReportName } from './ReportName';

export interface ReportSaysProps {
  evidence: ReportEvidence;
  /** The figure's unit, for a figure. */
  unit?: Unit;
  t: Translate;
}

/**
 * What one report says about an item, one thing first: its first quotation of the person, else
 * its first sentence naming the item (for a figure, with the values it states); the rest behind
 * "n more", which the reader opens and closes.
 */
export function ReportSays({ evidence, unit, t }: ReportSaysProps) {
  const [open, setOpen] = useState(false);
  const locale = useLocale();
  const says = [
    ...evidence.quotes.map((quote) => (
      <li key={quote.id} class="says-quote">
        <blockquote class="quote">
          <p>{quote.text}</p>
          <cite>{quote.speaker}</cite>
        </blockquote>
      </li>
    )),
    ...evidence.passages.map((passage) => (
      <li key={passage.sentence} class="says-passage">
        <MarkedText runs={passage.runs} />
        {unit &&
          passage.values?.map((v, i) => (
            <span key={i} class="value">
              {qualifiedValue(t, v.value, unit, v.qualifier, locale)}
            </span>
          ))}
      </li>
    )),
  ];
  const more = says.length - 1;
  return (
    <li class="report-says">
      <h4>
        <ReportName report={evidence.report} />
      </h4>
      <ul class="says" lang="en">
        {open ? says : says.slice(0, 1)}
      </ul>
      {more > 0 && (
        <MoreButton
          open={open}
          label={t('detailMore', String(more))}
          onToggle={() => setOpen(!open)}
          t={t}
        />
      )}
    </li>
  );
}
