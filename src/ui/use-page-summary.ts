import { useEffect, useState } from 'preact/hooks';
import { activeTab, sendToTab } from '../messaging';
import type { PageSummary } from '../page/summary';

/** What the popup knows about the tab it describes. */
export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; summary: PageSummary }
  | { status: 'unreachable' };

/**
 * Asks the content script of `tabId` (else the active tab) for its page summary. A tab where
 * no content script answers (browser pages, stores, the PDF viewer) is `unreachable`.
 */
export function usePageSummary(tabId?: number): PageState {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const id = tabId ?? (await activeTab())?.id;
      if (id === undefined) return { status: 'unreachable' } as const;
      const summary = await sendToTab(id, 'getPageSummary', undefined);
      return { status: 'ready', tabId: id, summary } as const;
    })()
      .catch((): PageState => ({ status: 'unreachable' }))
      .then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [tabId]);
  return state;
}
