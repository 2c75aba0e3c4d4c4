import dataset from 'virtual:summit-dataset';
import { t } from '../i18n';
import { HomeView } from './HomeView';
import { ItemDetail } from './ItemDetail';
import { itemDetailModel } from './item-detail-model';
import type { Translate } from './labels';
import { Lookup } from './Lookup';
import { popupData, type PopupData } from './popup-data';
import { ReportText } from './ReportText';
import { useEscape } from './use-escape';
import { usePageSummary } from './use-page-summary';
import { useView } from './use-view';

const bundled = popupData(dataset);

export interface PopupProps {
  /** The tab to describe; the active tab when absent. */
  tabId?: number;
  /** For tests: the localiser and the dataset (default: browser.i18n and the bundled one). */
  t?: Translate;
  data?: PopupData;
}

/** The popup: wires the page summary and the dataset into the views. */
export function Popup({ tabId, t: tr = t, data = bundled }: PopupProps) {
  const { state, setHighlighting } = usePageSummary(tabId);
  const { view, open, back } = useView();
  useEscape(view.name === 'home' ? undefined : back);
  const item = view.name === 'item' ? data.items.get(view.id) : undefined;
  const report =
    view.name === 'report' ? data.dataset.reports.find((r) => r.id === view.id) : undefined;
  const pageItems = state.status === 'ready' ? state.summary.items : [];
  const openItem = (id: string) => open({ name: 'item', id });
  return (
    <main>
      <header>
        <h1>{tr('popupHeading')}</h1>
        <Lookup search={data.search} onSelect={openItem} t={tr} />
      </header>
      <HomeView
        hidden={view.name !== 'home'}
        state={state}
        data={data}
        t={tr}
        onSelectItem={openItem}
        onToggleHighlighting={setHighlighting}
        onSelectReport={(id) => open({ name: 'report', id })}
      />
      {item && (
        <ItemDetail
          model={itemDetailModel(data.dataset, item)}
          pageItem={pageItems.find((p) => p.id === item.id)}
          t={tr}
          onBack={back}
        />
      )}
      {report && <ReportText report={report} t={tr} onBack={back} />}
    </main>
  );
}
