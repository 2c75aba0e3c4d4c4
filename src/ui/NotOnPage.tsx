import type { DatasetItem } from './report-coverage';
import type { Translate } from '../i18n';

export interface NotOnPageProps {
  /** Widely reported items the page does not mention, in display order. */
  items: readonly DatasetItem[];
  minReports: number;
  reportTotal: number;
  onSelect: (id: string) => void;
  t: Translate;
}

/** "Not on this page": what most reports mention and the page leaves out, as compact buttons. */
export function NotOnPage({ items, minReports, reportTotal, onSelect, t }: NotOnPageProps) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="not-on-this-page">
      <h2 id="not-on-this-page">{t('notOnPageHeading')}</h2>
      <p class="hint">{t('notOnPageHint', [String(minReports), String(reportTotal)])}</p>
      <ul class="chips">
        {items.map((item) => (
          <li key={item.id} data-item-id={item.id}>
            <button type="button" class="chip" onClick={() => onSelect(item.id)}>
              {item.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
