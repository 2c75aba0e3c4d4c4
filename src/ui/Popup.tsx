import type { Translate } from '../i18n';
import { HomeView } from './HomeView';
import { ItemDetail } from './ItemDetail';
import { itemDetailModel } from './item-detail-model';
import { Lookup } from './Lookup';
import type { PopupData } from './popup-data';
import { useEscape } from './use-escape';
import { usePageSummary } from './use-page-summary';
import { useSiteControl } from './use-site-control';
import { useSettings } from './use-settings';
import { highlightCss } from '../style/highlight-css';
import { useView } from './use-view';

export interface PopupProps {
  /** The tab to describe; the active tab when absent. */
  tabId?: number;
  /** Prefills the lookup (`popup.html?q=…`, from the context menu). */
  query?: string;
  /** Opens this item's detail at once (`popup.html?item=…`, from a card); unknown ids are ignored. */
  itemId?: string;
  /** Opens a report's page (entrypoints/popup/main.tsx: `report.html?id=…` in a new tab). */
  onOpenReport: (reportId: string) => void;
  /** The localiser (entrypoints/popup/main.tsx: browser.i18n's). */
  t: Translate;
  /** The dataset as the popup reads it (entrypoints/popup/main.tsx: the bundled one). */
  data: PopupData;
}

/**
 * The popup: wires the page summary and the dataset into the views. What the browser gives
 * (the localiser, opening a tab) comes in by props, and the locale by LocaleContext; the
 * page summary and settings through the UI's hooks (use-page-summary.ts, use-settings.ts).
 */
export function Popup(props: PopupProps) {
  const { tabId, query, itemId, t: tr, data, onOpenReport } = props;
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
