import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { localNames } from '../dataset/local-names';
import { t, uiLocale, type Translate } from '../i18n';
import { openExtensionPage } from '../messaging/tabs';
import { HomeView } from './HomeView';
import { ItemDetail } from './ItemDetail';
import { itemDetailModel } from './item-detail-model';
import { Lookup } from './Lookup';
import { popupData, type PopupData } from './popup-data';
import { useEscape } from './use-escape';
import { usePageSummary } from './use-page-summary';
import { useSiteControl } from './use-site-control';
import { useSettings } from './use-settings';
import { highlightCss } from '../style/highlight-css';
import { useView } from './use-view';

// The dataset's actors under the names the reader's language gives them (local-names.ts).
const bundled = popupData(localNames(dataset, uiLocale(), matcherData.languages));

export interface PopupProps {
  /** The tab to describe; the active tab when absent. */
  tabId?: number;
  /** Prefills the lookup (`popup.html?q=…`, from the context menu). */
  query?: string;
  /** Opens this item's detail at once (`popup.html?item=…`, from a card); unknown ids are ignored. */
  itemId?: string;
  /** Opens a report's page (default: `report.html?id=…` in a new tab). */
  onOpenReport?: (reportId: string) => void;
  /** For tests: the localiser and the dataset (default: browser.i18n and the bundled one). */
  t?: Translate;
  data?: PopupData;
}

/** The extension page of one report. */
const reportPath = (id: string) => `/report.html?id=${encodeURIComponent(id)}`;

/** The popup: wires the page summary and the dataset into the views. */
export function Popup(props: PopupProps) {
  const { tabId, query, itemId, t: tr = t, data = bundled } = props;
  const { onOpenReport = (id) => void openExtensionPage(reportPath(id)) } = props;
  const { state, setHighlighting, revealItem } = usePageSummary(tabId);
  const { view, open, back } = useView(
    itemId !== undefined && data.items.has(itemId) ? { name: 'item', id: itemId } : undefined,
  );
  useEscape(view.name === 'home' ? undefined : back);
  const item = view.name === 'item' ? data.items.get(view.id) : undefined;
  const pageItems = state.status === 'ready' ? state.summary.items : [];
  const site = useSiteControl(state.status === 'ready' ? state.summary.url : undefined);
  const openItem = (id: string) => open({ name: 'item', id });
  const { settings } = useSettings();
  return (
    <main>
      {/* The legend samples beside each kind's heading wear the reader's own highlight look. */}
      <style>{highlightCss(settings)}</style>
      <header>
        <h1>{tr('popupHeading')}</h1>
        <Lookup search={data.search} onSelect={openItem} t={tr} initialQuery={query} />
      </header>
      <HomeView
        hidden={view.name !== 'home'}
        state={state}
        data={data}
        t={tr}
        onSelectItem={openItem}
        onToggleHighlighting={setHighlighting}
        onRevealItem={revealItem}
        onSelectReport={onOpenReport}
        site={site}
      />
      {item && (
        <ItemDetail
          model={itemDetailModel(data.dataset, item)}
          pageItem={pageItems.find((p) => p.id === item.id)}
          t={tr}
          onBack={back}
        />
      )}
    </main>
  );
}
