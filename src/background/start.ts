import { badgeCount } from '../page/summary';
import { onMessages, setBadge } from '../messaging';

/** Wires the background: keeps each tab's toolbar badge in step with its page summary. */
export function startBackground(): void {
  onMessages({
    pageSummaryChanged: async (summary, { tabId }) => {
      if (tabId !== undefined) await setBadge(tabId, badgeCount(summary));
    },
  });
}
