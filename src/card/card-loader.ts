import type { ItemCard } from '../dataset/item-card';
import type { CardData } from './ItemCardView';

/** Card data by item id, asked for once per id (a failed ask is retried next time). */
export interface CardLoader {
  /** What is known of `id` now; starts asking when nothing is. */
  peek(id: string): CardData;
  /** Resolves with `id`'s data once the answer is in (never rejects). */
  get(id: string): Promise<CardData>;
}

/** A loader over `load`, the question to the background. */
export function createCardLoader(load: (id: string) => Promise<ItemCard | undefined>): CardLoader {
  const known = new Map<string, CardData>();
  const asking = new Map<string, Promise<CardData>>();
  const get = (id: string): Promise<CardData> => {
    const done = known.get(id);
    if (done) return Promise.resolve(done);
    let pending = asking.get(id);
    if (!pending) {
      pending = load(id).then(
        (card): CardData => {
          const data: CardData = { status: 'ready', card };
          known.set(id, data);
          return data;
        },
        (): CardData => ({ status: 'failed' }),
      );
      pending.finally(() => asking.delete(id)).catch(() => undefined);
      asking.set(id, pending);
    }
    return pending;
  };
  return {
    peek(id) {
      const done = known.get(id);
      if (done) return done;
      void get(id);
      return { status: 'loading' };
    },
    get,
  };
}
