import { useState } from 'preact/hooks';
import type { ItemDetailModel } from './item-detail-model';
import type { Translate } from '../i18n';
import { MoreButton } from './MoreButton';
import { ReportName } from './ReportName';

export interface DisagreementsProps {
  disagreements: ItemDetailModel['disagreements'];
  t: Translate;
}

/**
 * The points on which reports differ about an item: each point's summary, and behind a button
 * every side quoted with its report.
 */
export function Disagreements({ disagreements, t }: DisagreementsProps) {
  if (disagreements.length === 0) return null;
  return (
    <section aria-labelledby="detail-disagreements">
      <h3 id="detail-disagreements">{t('detailDisagreements')}</h3>
      <ul class="disagreements">
        {disagreements.map((d) => (
          <Disagreement key={d.id} disagreement={d} t={t} />
        ))}
      </ul>
    </section>
  );
}

function Disagreement({
  disagreement,
  t,
}: {
  disagreement: DisagreementsProps['disagreements'][number];
  t: Translate;
}) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <p class="summary">{disagreement.summary}</p>
      {open && (
        <ul class="sides" lang="en">
          {disagreement.sides.map((side) => (
            <li key={side.key}>
              <q>{side.text}</q> <ReportName report={side.report} />
            </li>
          ))}
        </ul>
      )}
      <MoreButton
        open={open}
        label={t('detailSides', String(disagreement.sides.length))}
        onToggle={() => setOpen(!open)}
        t={t}
      />
    </li>
  );
}
