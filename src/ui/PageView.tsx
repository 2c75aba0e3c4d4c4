import type { ItemKind } from '../matching/types';
import type { MessageKey } from '../i18n';
import { PageItems } from './PageItems';
import type { PageState } from './use-page-summary';

const KIND_KEYS: Record<ItemKind, MessageKey> = {
  person: 'kindPerson',
  country: 'kindCountry',
  organisation: 'kindOrganisation',
  place: 'kindPlace',
  term: 'kindTerm',
  figure: 'kindFigure',
};

export interface PageViewProps {
  state: PageState;
  t: (key: MessageKey) => string;
  nameOf: (id: string) => string;
}

/** "On this page": the tab's status and what it mentions, or why it cannot be read. */
export function PageView({ state, t, nameOf }: PageViewProps) {
  if (state.status === 'loading') return <p role="status">{t('popupLoading')}</p>;
  if (state.status === 'unreachable') return <p role="status">{t('popupUnreachable')}</p>;
  const { summary } = state;
  return (
    <section aria-labelledby="on-this-page">
      <h2 id="on-this-page">{t('popupOnThisPage')}</h2>
      <p class="relevance" role="status">
        {t(summary.relevant ? 'popupRelevant' : 'popupNotRelevant')}
      </p>
      {summary.items.length === 0 ? (
        <p>{t('popupNoItems')}</p>
      ) : (
        <PageItems items={summary.items} nameOf={nameOf} kindLabel={(kind) => t(KIND_KEYS[kind])} />
      )}
    </section>
  );
}
