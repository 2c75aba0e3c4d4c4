import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { localNames } from '../dataset/local-names';
import { uiLocale } from '../i18n';
import { itemCard } from '../dataset/item-card';
import { startCommands } from './commands';
import { startContextMenu } from './context-menu';
import { badgeCount } from '../messaging/page-summary';
import { injectHighlighter } from '../messaging/scripting';
import { setBadge } from '../messaging/toolbar';
import { openItemPopup } from '../messaging/windows';
import { onMessages } from '../messaging/wire';

/**
 * Wires the background: keeps each tab's toolbar badge in step with its page summary, runs
 * the highlighter in a page whose gate asks for it, answers the content script's hover cards
 * from the bundled dataset, opens an item in the popup, and offers the lookup on selected
 * text (context menu).
 */
export function startBackground(): void {
  // The cards name the actors as the reader's language does (local-names.ts).
  const named = localNames(dataset, uiLocale(), matcherData.languages);
  onMessages({
    pageSummaryChanged: async (summary, { tabId }) => {
      if (tabId !== undefined) await setBadge(tabId, badgeCount(summary));
    },
    getItemCard: ({ id }) => itemCard(named, id),
    openItemInPopup: async ({ id }, { tabId }) => void (await openItemPopup(tabId, id)),
    loadHighlighter: async (request, { tabId, frameId }) => {
      if (tabId === undefined) throw new Error('Summit Lens: only a tab can load the highlighter');
      await injectHighlighter(
        tabId,
        frameId,
        request?.renderer === 'wrapped' ? 'wrapped' : 'painted',
      );
    },
  });
  startCommands();
  startContextMenu();
}
