import type { ItemDetailModel } from './item-detail-model';
import type { Translate } from '../i18n';
import { ReportName } from './ReportName';

export interface DisagreementsProps {
  disagreements: ItemDetailModel['disagreements'];
  t: Translate;
}

/** The points on which reports differ about an item, every side quoted with its report. */
export function Disagreements({ disagreements, t }: DisagreementsProps) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="detail-disagreements">
      <h3 id="detail-disagreements">{t('detailDisagreements')}</h3>
      <ul class="disagreements">
        {disagreements.map((d) => (
          <li key={d.id}>
            <p class="summary">{d.summary}</p>
            <ul class="sides">
              {d.sides.map((side) => (
                <li key={side.key}>
                  <q>{side.text}</q> <ReportName report={side.report} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
