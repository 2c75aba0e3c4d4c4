import { uiLocale } from '@/src/i18n';
import { render } from 'preact';
import { takePendingItem } from '@/src/messaging/pending-item';
import { Popup } from '@/src/ui/Popup';
import { itemFromSearch, queryFromSearch } from '@/src/ui/query-from-search';
import { tabIdFromQuery } from '@/src/ui/tab-id-from-query';

// The page speaks the extension's language (its strings' locale), for screen readers too.
document.documentElement.lang = uiLocale() ?? 'en';

// The item to open: the query's (a popup window), else the one a card left for the toolbar
// popup; the pending one is taken either way, so it never opens twice.
const pending = await takePendingItem(Date.now());

render(
  <Popup
    tabId={tabIdFromQuery(location.search)}
    query={queryFromSearch(location.search)}
    itemId={itemFromSearch(location.search) ?? pending}
  />,
  document.getElementById('app')!,
);
