import dataset from 'virtual:summit-dataset';
import { t } from '../i18n';
import { PageView } from './PageView';
import { usePageSummary } from './use-page-summary';

const names = new Map<string, string>([
  ...dataset.actors.map((actor) => [actor.id, actor.name] as const),
  ...dataset.figures.map((figure) => [figure.id, figure.counts] as const),
]);

export interface PopupProps {
  /** The tab to describe; the active tab when absent. */
  tabId?: number;
}

/** The popup: wires the page summary and the dataset into the views. */
export function Popup({ tabId }: PopupProps) {
  const state = usePageSummary(tabId);
  return (
    <main>
      <header>
        <h1>{t('popupHeading')}</h1>
      </header>
      <PageView state={state} t={t} nameOf={(id) => names.get(id) ?? id} />
    </main>
  );
}
