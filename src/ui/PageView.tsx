import { KIND_KEYS } from '../kind-labels';
import { PageControls, type SiteControl } from './PageControls';
import { PageItems } from './PageItems';
import type { PageState } from './use-page-summary';
import type { UnreachableReason } from './unreachable-reason';
import type { MessageKey, Translate } from '../i18n';
import type { PageItem } from '../messaging/page-summary';

/** The popup's plain words for why it cannot read a tab. */
const UNREACHABLE_KEYS: Record<UnreachableReason, MessageKey> = {
  'browser-page': 'popupUnreachable',
  store: 'popupUnreachableStore',
  pdf: 'popupUnreachablePdf',
  'not-started': 'popupUnreachableNotStarted',
};

export interface PageViewProps {
  state: PageState;
  t: Translate;
  nameOf: (id: string) => string;
  /** Opens an item's cross-reference view. */
  onSelect?: (id: string) => void;
  /** Whether an item id has a cross-reference (unknown page figures do not). */
  hasDetail?: (id: string) => boolean;
  /** Switches highlighting on the page on or off. */
  onToggle?: (on: boolean) => void;
  /** Scrolls the page to an item's next mention. */
  onReveal?: (id: string) => void;
  /** The page's site rule, when the page is on a web site. */
  site?: SiteControl;
}

/** "17 items from the reports · 1 figure differs": the list's size and what needs a look. */
export function summaryLine(items: readonly PageItem[], t: Translate): string {
  const differ = items.filter((item) => item.status === 'disputed').length;
  const count = (n: number, one: MessageKey, many: MessageKey) =>
    n === 1 ? t(one) : t(many, String(n));
  const parts = [count(items.length, 'popupSummaryOne', 'popupSummaryMany')];
  if (differ > 0) parts.push(count(differ, 'popupSummaryDiffersOne', 'popupSummaryDiffersMany'));
  return parts.join(' · ');
}

/** "On this page": the tab's status and what it mentions, or why it cannot be read. */
export function PageView({
  state,
  t,
  nameOf,
  onSelect,
  hasDetail,
  onToggle,
  onReveal,
  site,
}: PageViewProps) {
  if (state.status === 'loading') return <p role="status">{t('popupLoading')}</p>;
  if (state.status === 'unreachable')
    return <p role="status">{t(UNREACHABLE_KEYS[state.reason])}</p>;
  const { summary } = state;
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
      <PageControls
        summary={summary}
        t={t}
        nameOf={nameOf}
        onToggle={onToggle ?? (() => {})}
        site={site}
      />
      {summary.items.length === 0 ? (
        <p>{t('popupNoItems')}</p>
      ) : (
        <>
          <p class="page-summary">{summaryLine(summary.items, t)}</p>
          <PageItems
            items={summary.items}
            nameOf={nameOf}
            kindLabel={(kind) => t(KIND_KEYS[kind])}
            countLabel={(count) => t('itemCountOnPage', String(count))}
            onSelect={onSelect}
            hasDetail={hasDetail}
            onReveal={onReveal}
            revealText={t('revealOnPage')}
            revealLabel={(name) => t('revealOnPageLabel', name)}
            differsLabel={t('badgeDiffers')}
          />
        </>
      )}
    </section>
  );
}
