import type { Figure } from '../dataset/schema';
import type { PageItem } from '../messaging/page-summary';
import type { Translate } from '../i18n';
import { AGREEMENT_KEYS, FIGURE_STATUS_KEYS } from './labels';

export interface FigureVerdictProps {
  agreement: Figure['agreement'];
  /** The page's own statement of the figure, when the page gives one. */
  pageItem?: PageItem;
  t: Translate;
}

/** Whether the reports agree on a figure, and whether the page agrees with them. */
export function FigureVerdict({ agreement, pageItem, t }: FigureVerdictProps) {
  const page = pageItem?.text !== undefined && pageItem.status !== undefined ? pageItem : undefined;
  return (
    <div class="figure-verdict">
      <p class={`agreement agreement-${agreement}`}>{t(AGREEMENT_KEYS[agreement])}</p>
      {page && (
        <p class={`page-figure status-${page.status}`}>
          {t('pageFigure', [page.text!, t(FIGURE_STATUS_KEYS[page.status!])])}
        </p>
      )}
    </div>
  );
}
