import { NotOnPage } from './NotOnPage';
import type { Translate } from '../i18n';
import type { SiteControl } from './PageControls';
import { PageView } from './PageView';
import { COMMON_MIN_REPORTS, type PopupData } from './popup-data';
import { ReportList } from './ReportList';
import type { PageState } from './use-page-summary';

export interface HomeViewProps {
  state: PageState;
  data: PopupData;
  t: Translate;
  /** Kept mounted while a detail is open, so scroll and focus survive going back. */
  hidden: boolean;
  onSelectItem: (id: string) => void;
  /** Switches highlighting on the page on or off. */
  onToggleHighlighting?: (on: boolean) => void;
  /** Scrolls the page to an item's next mention. */
  onRevealItem?: (id: string) => void;
  onSelectReport: (reportId: string) => void;
  /** The page's site rule, when the page is on a web site. */
  site?: SiteControl;
}

/**
 * The popup's first screen: on this page; what most reports mention and this page leaves out
 * (only on a page taken to be about the summit: elsewhere every item would be missing); the
 * reports.
 */
export function HomeView({
  state,
  data,
  t,
  hidden,
  onSelectItem,
  onToggleHighlighting,
  onRevealItem,
  onSelectReport,
  site,
}: HomeViewProps) {
  const pageIds = new Set(state.status === 'ready' ? state.summary.items.map((i) => i.id) : []);
  return (
    <div class="home" hidden={hidden}>
      <PageView
        state={state}
        t={t}
        nameOf={(id) => data.items.get(id)?.name ?? id}
        onSelect={onSelectItem}
        onToggle={onToggleHighlighting}
        onReveal={onRevealItem}
        hasDetail={(id) => data.items.has(id)}
        site={site}
      />
      {state.status === 'ready' && state.summary.relevant && (
        <NotOnPage
          items={data.notOnPage(pageIds)}
          minReports={COMMON_MIN_REPORTS}
          reportTotal={data.dataset.reports.length}
          onSelect={onSelectItem}
          t={t}
        />
      )}
      <ReportList reports={data.dataset.reports} onSelect={onSelectReport} t={t} />
    </div>
  );
}
