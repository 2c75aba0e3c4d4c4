import { ITEM_KINDS, type ItemKind } from '../matching/types';
import type { PageItem } from '../messaging/page-summary';

export interface PageItemsProps {
  items: readonly PageItem[];
  /** Display name of an item id. */
  nameOf: (id: string) => string;
  /** Heading for a kind. */
  kindLabel: (kind: ItemKind) => string;
  /** What a screen reader says after the count ("3 on this page"). */
  countLabel: (count: number) => string;
  /** Opens an item's cross-reference; only items `hasDetail` accepts get a button. */
  onSelect?: (id: string) => void;
  hasDetail?: (id: string) => boolean;
  /** Scrolls the page to the item's next mention; each row gets a "Show on page" button. */
  onReveal?: (id: string) => void;
  /** The reveal button's text, and its accessible name for an item's display name. */
  revealText?: string;
  revealLabel?: (name: string) => string;
}

/** The actors and figures a page mentions, grouped by kind, each with its count on the page. */
export function PageItems(props: PageItemsProps) {
  const { items, nameOf, kindLabel, countLabel, onSelect, hasDetail = () => true } = props;
  const { onReveal, revealText = 'Show on page', revealLabel = (name) => name } = props;
  const groups = ITEM_KINDS.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);
  return (
    <div class="page-items">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
          <h3 id={`kind-${group.kind}`} class={`kind-heading kind-${group.kind}`}>
            {kindLabel(group.kind)}
          </h3>
          <ul>
            {group.items.map((item) => {
              const name = item.text ?? nameOf(item.id);
              const row = (
                <>
                  <span class="item-name">{name}</span>
                  <span class="item-count" aria-hidden="true">
                    {item.count}
                  </span>
                  <span class="visually-hidden">{countLabel(item.count)}</span>
                </>
              );
              return (
                <li key={item.id} data-item-id={item.id}>
                  {onSelect && hasDetail(item.id) ? (
                    <button type="button" class="row" onClick={() => onSelect(item.id)}>
                      {row}
                    </button>
                  ) : (
                    <span class="row">{row}</span>
                  )}
                  {onReveal && (
                    <button
                      type="button"
                      class="reveal"
                      aria-label={revealLabel(name)}
                      onClick={() => onReveal(item.id)}
                    >
                      {revealText}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
