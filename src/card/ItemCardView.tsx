import type { ItemCard } from '../dataset/item-card';
import type { Translate } from '../i18n';
import { KIND_ONE_KEYS } from '../kind-labels';
import { KindSwatch } from '../legend/KindSwatch';
import { FigureComparison } from './FigureComparison';
import type { PageMention } from './page-mention';

/** Where the card's data stands: asked for, answered (no card: not in the dataset), failed. */
export type CardData =
  { status: 'loading' } | { status: 'ready'; card: ItemCard | undefined } | { status: 'failed' };

/** Props of ItemCardView. */
export interface ItemCardViewProps {
  t: Translate;
  mention: PageMention;
  data: CardData;
  /** The reader asked for the full cross-reference in the popup. */
  onOpen(): void;
}

/**
 * The hover card of one highlight: kind, name, description, how many reports give the item,
 * and for a figure how the page's words compare with each report's; then a button opening the
 * full cross-reference. Everything is rendered as text. A non-modal dialog, labelled by name.
 */
export function ItemCardView({ t, mention, data, onOpen }: ItemCardViewProps) {
  const card = data.status === 'ready' ? data.card : undefined;
  const name = card?.name ?? mention.text;
  return (
    <div class="card" role="dialog" aria-label={t('cardDialogLabel', name)} tabIndex={-1}>
      <p class="kind">
        <KindSwatch kind={mention.kind} differs={mention.status === 'disputed'} />
        {t(KIND_ONE_KEYS[mention.kind])}
      </p>
      <p class="name">{name}</p>
      {card?.description && <p lang="en">{card.description}</p>}
      {card && mention.kind !== 'figure' && (
        <p class="muted">
          {t('cardInReports', [String(card.reportCount), String(card.reportTotal)])}
        </p>
      )}
      {data.status === 'loading' && <p class="muted">{t('cardLoading')}</p>}
      {data.status === 'failed' && <p class="muted">{t('cardUnavailable')}</p>}
      {mention.kind === 'figure' && data.status === 'ready' && (
        <FigureComparison
          t={t}
          page={mention}
          figure={card?.figure}
          reportTotal={card?.reportTotal ?? 0}
        />
      )}
      {data.status === 'ready' && !card && mention.kind !== 'figure' && (
        <p class="muted">{t('cardNotInDataset')}</p>
      )}
      {card && (
        <button type="button" onClick={onOpen}>
          {t('cardOpenFull')}
        </button>
      )}
    </div>
  );
}
