import type { ItemCard } from '../dataset/item-card';
import type { FigureStatus, Unit } from '../matching/types';
import type { Translate } from '../i18n';
import { CARD_STATUS_KEYS, formatValue } from './card-labels';

/** Props of FigureComparison. */
export interface FigureComparisonProps {
  t: Translate;
  /** The figure as this page gives it. */
  page: { text: string; value?: number; status?: FigureStatus };
  /** The dataset's figure, when the page's number is one the reports state. */
  figure?: ItemCard['figure'];
}

/**
 * A page's figure next to the reports': the page's words and whether they agree, then per
 * report its source, its words and their value, flagging the values the page also gives.
 */
export function FigureComparison({ t, page, figure }: FigureComparisonProps) {
  const status = page.status ?? 'unknown';
  const unit: Unit = figure?.unit ?? 'countries';
  return (
    <>
      <p>
        {t('cardPageSays', page.text)}
        {page.value !== undefined && figure ? ` (${formatValue(page.value, unit)})` : ''}
      </p>
      <p class={status === 'unknown' ? 'muted' : status}>{t(CARD_STATUS_KEYS[status])}</p>
      {figure && figure.reports.length > 0 && (
        <>
          <h3>{t('cardReportsSay')}</h3>
          <ul>
            {figure.reports.map((report) => (
              <li key={report.reportId}>
                <span class="source">{report.source}</span>:{' '}
                {report.statements
                  .map(({ text, value }) => {
                    const same = value === page.value ? `, ${t('cardSameAsPage')}` : '';
                    return `“${text}” (${formatValue(value, unit)}${same})`;
                  })
                  .join('; ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
