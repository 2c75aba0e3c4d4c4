import { useEffect, useState } from 'preact/hooks';
import { activeTab, tabUrl } from '../messaging/tabs';
import { onMessages, sendToTab } from '../messaging/wire';
import type { PageSummary } from '../messaging/page-summary';
import { unreachableReason, type UnreachableReason } from './unreachable-reason';

/** What the popup knows about the tab it describes. */
export type PageState =
  | { status: 'loading' }
  | { status: 'ready'; tabId: number; summary: PageSummary }
  | { status: 'unreachable'; reason: UnreachableReason };

/** The page state and the one thing the popup can change about the page. */
export interface PageSummaryHandle {
  state: PageState;
  /** Switches highlighting on the page on or off; the state follows the page's answer. */
  setHighlighting: (on: boolean) => void;
  /** Scrolls the page to the next mention of item `id` and flashes it (the popup stays). */
  revealItem: (id: string) => void;
}

/**
 * Asks the content script of `tabId` (else the active tab) for its page summary, then follows
 * the summaries the page sends when it changes. A tab where no content script answers
 * (browser pages, stores, the PDF viewer, a page opened before the extension) is
 * `unreachable`, with the reason its address tells (unreachable-reason.ts).
 */
export function usePageSummary(tabId?: number): PageSummaryHandle {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (async () => {
      const id = tabId ?? (await activeTab())?.id;
      if (id === undefined) return unreachable(undefined);
      try {
        const summary = await sendToTab(id, 'getPageSummary', undefined);
        return { status: 'ready', tabId: id, summary } as const;
      } catch {
        return unreachable(await tabUrl(id));
      }
    })()
      .catch(() => unreachable(undefined))
      .then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [tabId]);
  // The page tells the extension when its summary changes (new settings, live content).
  const readyTab = state.status === 'ready' ? state.tabId : undefined;
  useEffect(() => {
    if (readyTab === undefined) return;
    const stop = new AbortController();
    onMessages(
      {
        pageSummaryChanged: (summary, { tabId: from }) => {
          if (from === readyTab) setState({ status: 'ready', tabId: readyTab, summary });
          return undefined;
        },
      },
      stop.signal,
    );
    return () => stop.abort();
  }, [readyTab]);
  const setHighlighting = (on: boolean) => {
    if (state.status !== 'ready') return;
    sendToTab(state.tabId, 'setHighlighting', { on })
      .then((summary) => setState({ status: 'ready', tabId: state.tabId, summary }))
      .catch(() => tabUrl(state.tabId).then((url) => setState(unreachable(url))));
  };
  const revealItem = (id: string) => {
    if (state.status !== 'ready') return;
    // A page reloaded under the popup no longer answers; there is nothing to reveal then.
    sendToTab(state.tabId, 'revealItem', { id }).catch(() => false);
  };
  return { state, setHighlighting, revealItem };
}

function unreachable(url: string | undefined): PageState {
  return { status: 'unreachable', reason: unreachableReason(url) };
}
