import { ITEM_KINDS, type ItemKind } from '../matching/types';
import type { PageItem } from '../messaging/page-summary';
import { KindSwatch } from '../legend/KindSwatch';

export interface PageItemsProps {
  items: readonly PageItem[];
  /** Display name of an item id. */
  nameOf: (id: string) => string;
  /** Heading for a kind. */
  kindLabel: (kind: ItemKind) => string;
  /** What a screen reader says after the count ("3 on this page"). */
  countLabel: (count: number) => string;
  /** The badge of a row whose figure differs from the reports ("differs"). */
  differsLabel?: string;
  /** Opens an item's cross-reference; only items `hasDetail` accepts get a button. */
  onSelect?: (id: string) => void;
  hasDetail?: (id: string) => boolean;
  /** Scrolls the page to the item's next mention; each row gets a "Show on page" icon button. */
  onReveal?: (id: string) => void;
  /** The reveal button's tooltip, and its accessible name for an item's display name. */
  revealText?: string;
  revealLabel?: (name: string) => string;
}

/** The "show on page" icon: a page with an arrow pointing into it. */
function RevealIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M3 1.5h6l4 4v9H3z M9 1.5v4h4 M5.5 9.5h5 M8.5 7.5l2 2-2 2"
        fill="none"
        stroke="currentColor"
        stroke-width="1.3"
        stroke-linejoin="round"
        stroke-linecap="round"
      />
    </svg>
  );
}

/**
 * The actors and figures a page mentions, grouped by kind under a heading with the kind's
 * legend sample, each with its count on the page; a figure that differs from the reports
 * carries a badge, a row that opens a detail a chevron, and each row an icon button that shows
 * the item on the page.
 */
export function PageItems(props: PageItemsProps) {
  const { items, nameOf, kindLabel, countLabel, onSelect, hasDetail = () => true } = props;
  const { onReveal, revealText = 'Show on page', revealLabel = (name) => name } = props;
  const { differsLabel = 'differs' } = props;
  const groups = ITEM_KINDS.map((kind) => ({
    kind,
    items: items.filter((item) => item.kind === kind),
  })).filter((group) => group.items.length > 0);
  return (
    <div class="page-items">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`kind-${group.kind}`}>
          <h3 id={`kind-${group.kind}`} class={`kind-heading kind-${group.kind}`}>
            <KindSwatch kind={group.kind} />
            {kindLabel(group.kind)}
          </h3>
          <ul>
            {group.items.map((item) => {
              const name = item.text ?? nameOf(item.id);
              const opens = onSelect !== undefined && hasDetail(item.id);
              const row = (
                <>
                  <span class="item-name">{name}</span>
                  {item.status === 'disputed' && <span class="badge differs">{differsLabel}</span>}
                  <span class="item-count" aria-hidden="true">
                    {item.count}
                  </span>
                  <span class="visually-hidden">{countLabel(item.count)}</span>
                  {opens && (
                    <span class="chevron" aria-hidden="true">
                      ›
                    </span>
                  )}
                </>
              );
              return (
                <li
                  key={item.id}
                  data-item-id={item.id}
                  class={item.status === 'disputed' ? 'differs' : undefined}
                >
                  {opens ? (
                    <button type="button" class="row" onClick={() => onSelect!(item.id)}>
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
                      title={revealText}
                      onClick={() => onReveal(item.id)}
                    >
                      <RevealIcon />
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
