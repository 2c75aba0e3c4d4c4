import dataset from 'virtual:summit-dataset';
import matcherData from 'virtual:summit-matcher';
import { render } from 'preact';
import { localNames } from '@/src/dataset/local-names';
import { t, uiLocale } from '@/src/i18n';
import { takePendingItem } from '@/src/messaging/pending-item';
import { openExtensionPage } from '@/src/messaging/tabs';
import { LocaleContext } from '@/src/ui/locale';
import { Popup } from '@/src/ui/Popup';
import { popupData } from '@/src/ui/popup-data';
import { itemFromSearch, queryFromSearch } from '@/src/ui/query-from-search';
import { reportPath } from '@/src/ui/report-path';
import { tabIdFromQuery } from '@/src/ui/tab-id-from-query';

// The popup's composition root: what the browser gives (the locale, the localiser, the tab a
// report opens in, the item a card left) is asked for here and handed to the components.

// The page speaks the extension's language (its strings' locale), for screen readers too.
const locale = uiLocale();
document.documentElement.lang = locale ?? 'en';

// The dataset's actors under the names the reader's language gives them (local-names.ts).
const data = popupData(localNames(dataset, locale, matcherData.languages));

// The item to open: the query's (a popup window), else the one a card left for the toolbar
// popup; the pending one is taken either way, so it never opens twice.
const pending = await takePendingItem(Date.now());

render(
  <LocaleContext.Provider value={locale}>
    <Popup
      tabId={tabIdFromQuery(location.search)}
      query={queryFromSearch(location.search)}
      itemId={itemFromSearch(location.search) ?? pending}
      t={t}
      data={data}
      onOpenReport={(id) => void openExtensionPage(reportPath(id))}
    />
  </LocaleContext.Provider>,
  document.getElementById('app')!,
);
