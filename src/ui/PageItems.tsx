import type { ItemKind } from '../matching/types';
import type { PageItem } from '../page/summary';

/** Display order of the kinds, and the heading of each. */
export const KIND_ORDER: readonly ItemKind[] = [
  'person',
  'country',
  'organisation',
  'place',
  'term',
  'figure',
];

export interface PageItemsProps {
  items: readonly PageItem[];
  /** Display name of an item id. */
  nameOf: (id: string) => string;
  /** Heading for a kind. */
  kindLabel: (kind: ItemKind) => string;
}

/** The actors and figures a page mentions, grouped by kind, each with its count on the page. */
export function PageItems({ items, nameOf, kindLabel }: PageItemsProps) {
  const groups = KIND_ORDER.map((kind) => ({
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
            {group.items.map((item) => (
              <li key={item.id} data-item-id={item.id}>
                <span class="item-name">{item.text ?? nameOf(item.id)}</span>
                <span class="item-count" aria-label={`${item.count} on this page`}>
                  {item.count}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
