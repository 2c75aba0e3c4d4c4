import { render } from 'preact';
import { Popup } from '@/src/ui/Popup';
import { itemFromSearch, queryFromSearch } from '@/src/ui/query-from-search';
import { tabIdFromQuery } from '@/src/ui/tab-id-from-query';

render(
  <Popup
    tabId={tabIdFromQuery(location.search)}
    query={queryFromSearch(location.search)}
    itemId={itemFromSearch(location.search)}
  />,
  document.getElementById('app')!,
);
